// What a plan's Secure Client (AnyConnect) licenses are ordered as. Plus and Apex term licenses are
// the banding SKUs L-AC-PLS-LIC= / L-AC-APX-LIC= by authorized users and term (002/003 §"What are the
// available authorized (user) counts …?", §"What part do I buy at renewal? …"); Plus Perpetual is
// L-AC-PLS-P-G (§"How do I order AnyConnect licenses for multiple independent customers?"); VPN Only
// is one L-AC-VPNO-xxxx= SKU per headend by simultaneous connections (§"Why does a part expand
// 99999 times …?", §"Can I buy a perpetual …?"), both with a separate SWSS support contract.
import type { Plan } from '../plan/schema';
import { faq } from '../secure-client/cite';
import { RENEWAL_SKU } from '../secure-client/renewals';
import type { Issue } from '../types';
import type { OrderLine } from './types';

const COUNTS = faq('What are the available authorized (user) counts for the new AnyConnect licenses?');
const RENEWAL_PART = faq('What part do I buy at renewal? How is the license handled on an ASA?');
const PERPETUAL = faq(
  'Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?',
  'Can I buy a perpetual Cisco Secure Client license? Can you tell me more about Cisco Secure Client VPN Only and Cisco Secure Client Plus Perpetual?',
);
const MULTIPLE_CUSTOMERS = faq('How do I order AnyConnect licenses for multiple independent customers?');
const EXPANSION = faq('Why does a part expand 99999 times when I buy an AnyConnect Plus perpetual or non-banding AnyConnect Plus or Apex license?');
const TRIAL = faq('How do I receive a trial AnyConnect Apex license for my ASA?');

const users = (n: number | undefined): string => (n === undefined ? 'users not given' : `${n.toLocaleString('en-US')} authorized users`);

export function secureClientBillOfMaterials(plan: Plan): { lines: OrderLine[]; notes: Issue[] } {
  const lines: OrderLine[] = [];
  const notes: Issue[] = [];
  let needsSupport = false;
  for (const [i, l] of (plan.secureClient?.licenses ?? []).entries()) {
    const path = `secureClient.licenses[${i}]`;
    switch (l.type) {
      case 'plus':
      case 'apex': {
        const tier = l.type === 'plus' ? 'Plus' : 'Apex';
        lines.push({
          kind: 'secure-client',
          pid: RENEWAL_SKU[l.type],
          isPid: true,
          quantity: l.users ?? 0,
          for: `Secure Client ${tier} term license “${l.id}”: ${users(l.users)}, shared by every headend`,
          term: l.termMonths === undefined ? 'term not given' : `${l.termMonths} months`,
          units: [],
          cite: `${COUNTS}; ${RENEWAL_PART}`,
        });
        break;
      }
      case 'plus-perpetual':
        needsSupport = true;
        lines.push({
          kind: 'secure-client',
          pid: 'L-AC-PLS-P-G',
          isPid: true,
          quantity: l.users ?? 0,
          for: `Secure Client Plus Perpetual license “${l.id}”: ${users(l.users)}`,
          term: null,
          units: [],
          cite: `${PERPETUAL}; ${MULTIPLE_CUSTOMERS}`,
        });
        break;
      case 'vpn-only':
        needsSupport = true;
        lines.push({
          kind: 'secure-client',
          pid: 'L-AC-VPNO-xxxx=',
          isPid: true,
          quantity: 1,
          for: `Secure Client VPN Only license “${l.id}”: ${l.sessions === undefined ? 'sessions not given' : `the ${l.sessions.toLocaleString('en-US')}-connection SKU`}${l.unit === undefined ? '' : ` for ${l.unit}`} (xxxx: the connection count)`,
          term: null,
          units: l.unit === undefined ? [] : [l.unit],
          cite: `${EXPANSION}; ${PERPETUAL}`,
        });
        break;
      case 'apex-evaluation':
        notes.push({
          severity: 'info',
          code: 'bom-apex-evaluation',
          message: `${path}: an Apex evaluation is requested from Cisco, not ordered; it is not in the bill of materials.`,
          path,
          cite: TRIAL,
        });
        break;
      case 'essentials':
      case 'premium':
        notes.push({
          severity: 'info',
          code: 'bom-legacy-license',
          message: `${path}: AnyConnect ${l.type === 'essentials' ? 'Essentials' : 'Premium'} is a retired license, no longer sold; order Plus, Apex or VPN Only instead.`,
          path,
          cite: COUNTS,
        });
        break;
    }
  }
  if (needsSupport) {
    lines.push({
      kind: 'secure-client',
      pid: 'SWSS support contract',
      isPid: false,
      quantity: plan.deployment.units.length,
      for: 'Software support for the Plus Perpetual or VPN Only licenses, on every headend',
      term: 'contract term',
      units: plan.deployment.units.map((u) => u.id),
      cite: PERPETUAL,
    });
  }
  return { lines, notes };
}
