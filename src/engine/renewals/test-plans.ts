// Plans for the renewal list tests: real dates from a plan start of 1 Jan 2027.
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/schema';

function parsed(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

/** A 5545-X from 1 Jan 2027 with a 365-day Botnet key and a 200-day contexts key, a 12-month Plus and a 36-month Apex term. */
export function pakWithSecureClient(extra: Record<string, unknown> = {}): Plan {
  return parsed({
    format: 'asa-license-plan/1',
    name: 'HQ edge',
    startDate: '2027-01-01',
    horizonDays: 1095,
    deployment: {
      units: [
        {
          id: 'fw-a',
          model: 'asa-5545-x',
          software: '9.16',
          timeBased: [
            { id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 365, installDay: 0 },
            { id: 'ctx-1', features: { 'security-contexts': 10 }, days: 200, installDay: 0 },
          ],
        },
      ],
    },
    secureClient: {
      licenses: [
        { id: 'plus-1', type: 'plus', users: 500, startDay: 0, termMonths: 12 },
        { id: 'apex-1', type: 'apex', users: 100, startDay: 0, termMonths: 36 },
      ],
    },
    ...extra,
  });
}

/** An ASAv100 (20 Gbps) registered on day 30 of a 3-year plan, and a Firepower 1120 that never registers. */
export function smartPlan(method: 'regular' | 'unregistered' = 'regular'): Plan {
  return parsed({
    format: 'asa-license-plan/1',
    name: 'Cloud edge',
    startDate: '2027-01-01',
    horizonDays: 1095,
    deployment: {
      units: [
        {
          id: 'v',
          model: method === 'regular' ? 'asav' : 'fpr-1120',
          vcpus: 16,
          memoryGB: 32,
          smart: { method, registeredDay: 30, entitlements: method === 'regular' ? { standard: true, throughput: '20G' } : { standard: true } },
        },
      ],
    },
  });
}
