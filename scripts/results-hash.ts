// The behaviour fingerprint of the engine: one SHA-256 over everything the engine answers for a large,
// fixed, deterministic set of inputs. A restructuring (issue 23) must leave it unchanged.
//
//   npx tsx scripts/results-hash.ts          prints the hash, the count of results and the time taken
//   npx tsx scripts/results-hash.ts --parts  also prints one hash per input family, to find what moved
//
// Inputs: the bench plans, 1,500 random PAK plans, a generated fleet of 600 (Smart pairs and clusters, PAK
// clusters, Secure Client terms), every plan of ../shared/examples, and each of those mutated 3 ways
// (a power-off, a link-down, a key deactivated) so that the rarer paths run; each evaluated at ten days
// across its horizon plus the day after every event. Also hashed: the renewal list, the bill of materials,
// the sizing of fixed need sets and the refresh advice of the bench plans.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAK_MODEL_IDS, SMART_MODEL_IDS, TIER_IDS, evaluatePlanAtDays, parsePlan, planBillOfMaterials, refreshAdvice, renewalList, sizeDeployment } from '../src/engine/index';
import { bigClusterPlan, oneUnitPlan, randomPlans } from '../bench/plans';
import { generatedFleet } from '../bench/fleet-plans';

type Json = Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function examplePlans(): unknown[] {
  const root = join(import.meta.dirname, '..', '..', 'shared', 'examples');
  if (!existsSync(root)) return [];
  const out: unknown[] = [];
  for (const dir of readdirSync(root).sort()) {
    const folder = join(root, dir);
    for (const f of readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const scenario = JSON.parse(readFileSync(join(folder, f), 'utf8')) as Json;
      if (scenario.plan) out.push(scenario.plan);
    }
  }
  return out;
}

/** Three variants of a plan that run the rarer paths: power-off, link-down, a key switched off. */
function mutations(plan: unknown): unknown[] {
  const p = plan as Json;
  const units = ((p.deployment as Json | undefined)?.units ?? []) as Json[];
  if (units.length === 0) return [];
  const first = units[0]!.id;
  const events = (p.events ?? []) as unknown[];
  const powered = { ...clone(p), events: [...events, { day: 40, type: 'power-off', unit: first, days: 45 }] };
  const linked = { ...clone(p), events: [...events, { day: 60, type: 'link-down', unit: first, days: 40 }] };
  const off = clone(p);
  const keys = ((off.deployment as Json).units as Json[])[0]!.timeBased as Json[] | undefined;
  if (keys && keys[0]) keys[0].active = !keys[0].active;
  return [powered, linked, off];
}

function daysFor(plan: unknown): number[] {
  const p = plan as Json;
  const horizon = typeof p.horizonDays === 'number' ? p.horizonDays : 1095;
  const days = new Set<number>();
  for (let i = 0; i < 10; i++) days.add(Math.floor((horizon * i) / 10));
  for (const e of (p.events ?? []) as Json[]) if (typeof e.day === 'number') days.add(e.day + 1);
  return [...days].sort((a, b) => a - b);
}

const NEED_SETS: unknown[] = [
  { format: 'asa-license-needs/1', deployment: { mode: 'cluster', units: 3 }, termYears: 3, features: { 'security-contexts': 60, carrier: true } },
  { format: 'asa-license-needs/1', deployment: { mode: 'failover', failover: 'active-standby' }, termYears: 3, features: { 'anyconnect-peers': 2500, encryption: '3des-aes' } },
  { format: 'asa-license-needs/1', termYears: 2, features: { 'botnet-traffic-filter': true, 'security-contexts': 10 } },
  { format: 'asa-license-needs/1', licensing: 'pak', termYears: 1, features: { 'firewall-conns': 500000, vlans: 100 } },
  { format: 'asa-license-needs/1', licensing: 'smart', deployment: { mode: 'failover', failover: 'active-active' }, features: { 'security-contexts': 30 } },
];

/** Every catalog model: PAK units with each tier and a spread of keys, Smart units with entitlements, pairs and clusters. */
function catalogPlans(): unknown[] {
  const out: unknown[] = [];
  const base = (mode: string, units: unknown[]) => ({ format: 'asa-license-plan/1', name: 'catalog', startDate: '2027-01-04', horizonDays: 800, deployment: { mode, contextMode: 'multiple', units } });
  for (const model of PAK_MODEL_IDS) {
    for (const tier of TIER_IDS) {
      const unit = (id: string) => ({
        id,
        model,
        permanent: { tier, features: { encryption: '3des-aes', 'security-contexts': 5 } },
        timeBased: [
          { id: 'k1', features: { 'anyconnect-peers': 250 }, days: 365, installDay: 10 },
          { id: 'k2', features: { 'botnet-traffic-filter': true }, days: 200, installDay: 100 },
          { id: 'k3', features: { 'security-contexts': 10 }, days: 90, installDay: 300 },
        ],
      });
      out.push(base('standalone', [unit('a')]), base('failover', [unit('a'), unit('b')]), base('cluster', [unit('a'), unit('b'), unit('c')]));
    }
  }
  for (const model of SMART_MODEL_IDS) {
    const unit = (id: string, contexts?: number) => ({
      id,
      model,
      smart: { method: 'regular', registeredDay: 0, exportControlled: true, entitlements: { standard: true, carrier: true, ...(contexts ? { contexts } : {}) } },
    });
    out.push(base('standalone', [unit('a', 10)]), base('failover', [unit('a', 5), unit('b')]), base('cluster', [unit('a', 20), unit('b'), unit('c')]));
  }
  return out;
}

const families: [string, unknown[]][] = [
  ['catalog', catalogPlans()],
  ['bench', [oneUnitPlan(), bigClusterPlan(1095)]],
  ['random', randomPlans(1500, 20261205)],
  ['fleet', generatedFleet(600, 11)],
  ['examples', examplePlans()],
];
families.push(['mutated', families.flatMap(([, plans]) => plans.slice(0, 400).flatMap(mutations))]);

const t0 = performance.now();
const total = createHash('sha256');
let count = 0;
const parts: string[] = [];
for (const [name, plans] of families) {
  const h = createHash('sha256');
  for (const plan of plans) {
    const results = evaluatePlanAtDays(plan, daysFor(plan));
    for (const r of results) {
      h.update(JSON.stringify(r));
      count++;
    }
    const parsed = parsePlan(plan);
    if (parsed.ok && results[0]?.valid) {
      h.update(JSON.stringify(renewalList(parsed.plan, results[0])));
      h.update(JSON.stringify(planBillOfMaterials(parsed.plan)));
    }
  }
  const digest = h.digest('hex');
  parts.push(`${name.padEnd(9)} ${plans.length} plans ${digest}`);
  total.update(digest);
}
const sizing = createHash('sha256');
for (const needs of NEED_SETS) sizing.update(JSON.stringify(sizeDeployment(needs)));
for (const plan of [oneUnitPlan(), ...randomPlans(20, 5)]) sizing.update(JSON.stringify(refreshAdvice(plan)));
const sizingDigest = sizing.digest('hex');
parts.push(`sizing    ${NEED_SETS.length} need sets ${sizingDigest}`);
total.update(sizingDigest);

if (process.argv.includes('--parts')) for (const p of parts) console.log(p);
console.log(`results hash ${total.digest('hex')} (${count} evaluations, ${Math.round(performance.now() - t0)} ms)`);
