// Needs the documents cannot decide, said as such rather than silently assumed.
import { faq } from '../secure-client/cite';
import type { Issue } from '../types';
import type { Needs } from './types';

export function undecidedNeeds(needs: Needs): Issue[] {
  const out: Issue[] = [];
  const f = needs.features;
  const timed = f['botnet-traffic-filter'] === true;
  if (timed && needs.termYears === undefined) {
    out.push({
      severity: 'info',
      code: 'sizing-term-assumed',
      message:
        'termYears: not given; the Botnet Traffic Filter exists only as a time-based key (000 §"How Permanent and Time-Based Licenses Combine": "There is no permanent Botnet Traffic Filter license"), so its keys are sized for 1 year (365 days). Give termYears to size them for the term.',
      path: 'termYears',
      cite: '000 §"Time-Based Licenses"',
    });
  }
  if (typeof f['anyconnect-peers'] === 'number' && needs.termYears === undefined) {
    out.push({
      severity: 'info',
      code: 'sizing-term-assumed',
      message: 'termYears: not given; Secure Client Plus licenses are term licenses, sized here for 12 months. Give termYears to size them for the term.',
      path: 'termYears',
      cite: faq('What are the available authorized (user) counts for the new AnyConnect licenses?'),
    });
  }
  if (needs.software === undefined) {
    out.push({
      severity: 'info',
      code: 'sizing-software-assumed',
      message: 'software: not given; the current rules of each source are assumed (time-based keys, clustering and combined failover licenses need recent releases).',
      path: 'software',
      cite: '000 §"History for PAK Licenses"',
    });
  }
  return out;
}
