// A generated fleet for `npm run bench` and the fleet tests: deterministic, valid, mixed like a real
// estate: PAK standalone units and failover pairs with time-based keys, PAK 2-unit clusters (000
// §"ASA Cluster License Requirements and Exceptions": 5545-X, Base License, 2 units), Smart
// Firepower 2130 pairs and Secure Firewall 3130 clusters, some with Secure Client terms.
import { randomPlans } from './plans';

const SITES = ['Berlin', 'Lyon', 'Austin', 'Osaka', 'Sydney', 'Toronto', 'Madrid', 'Oslo'];

function smartUnit(id: string, model: string, contexts?: number) {
  return { id, model, smart: { method: 'regular', registeredDay: 0, exportControlled: true, entitlements: { standard: true, ...(contexts ? { contexts } : {}) } } };
}

export function generatedFleet(count: number, seed = 7): unknown[] {
  const pak = randomPlans(count, seed) as Record<string, unknown>[];
  return pak.map((p, i) => {
    const name = `fw-${String(i + 1).padStart(4, '0')}`;
    const site = SITES[i % SITES.length]!;
    const kind = i % 10;
    if (kind === 7) {
      return {
        format: 'asa-license-plan/1',
        name,
        site,
        startDate: '2027-01-04',
        deployment: { mode: 'failover', failover: 'active-standby', units: [smartUnit('a', 'fpr-2130', 5), smartUnit('b', 'fpr-2130')] },
      };
    }
    if (kind === 8) {
      return {
        format: 'asa-license-plan/1',
        name,
        site,
        startDate: '2027-01-04',
        deployment: { mode: 'cluster', contextMode: 'multiple', units: [smartUnit('u1', 'fpr-3130', 20), smartUnit('u2', 'fpr-3130'), smartUnit('u3', 'fpr-3130')] },
      };
    }
    if (kind === 9) {
      const units = (p.deployment as { units: { model: string }[] }).units.slice(0, 1).flatMap((u) => [
        { ...u, id: 'c0', model: 'asa-5545-x' },
        { ...u, id: 'c1', model: 'asa-5545-x' },
      ]);
      return { ...p, name, site, deployment: { mode: 'cluster', contextMode: 'multiple', units }, events: [] };
    }
    const secureClient = kind === 3 ? { secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 500, startDay: 0, termMonths: 12 + (i % 4) * 12 }] } } : {};
    return { ...p, name, site, ...secureClient };
  });
}
