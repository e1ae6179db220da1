// Fleet figures for `npm run bench` (issue 22): evaluating a generated fleet of 1,000 plans and
// importing 1,000 device outputs, each as a ratio to one plan (one evaluation, one import).
import { bulkImport } from '../src/engine/fleet/bulk-import';
import { evaluateFleet } from '../src/engine/fleet/fleet-evaluate';
import { parseFleet, FLEET_FORMAT } from '../src/engine/fleet/fleet-format';
import { evaluateFleetPlan } from '../src/engine/fleet/fleet-evaluate';
import { importDeviceText, renderShowVersion } from '../src/engine/device-text/index';
import { evaluatePlan } from '../src/engine/index';
import type { Plan } from '../src/engine/index';
import { generatedFleet } from './fleet-plans';

const now = () => performance.now();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The show version output of each standalone PAK plan of the fleet, after its own prompt. */
function deviceOutputs(plans: readonly Plan[], count: number): string[] {
  const singles = plans.filter((p) => p.deployment.mode === 'standalone' && 'permanent' in p.deployment.units[0]!);
  return Array.from({ length: count }, (_, i) => {
    const plan = singles[i % singles.length]!;
    const text = renderShowVersion(evaluatePlan(plan), plan).replace(/^Serial Number:.*$/m, '');
    return `fw-${i}# show version\n${text}\nSerial Number: JAD${String(100000 + i)}\n`;
  });
}

export function benchFleet(): void {
  const raw = generatedFleet(1000);
  const read = parseFleet({ format: FLEET_FORMAT, name: 'bench', plans: raw });
  if (!read.ok) throw new Error(read.issues[0]!.message);
  const plans = read.fleet.plans;
  for (let i = 0; i < 2; i++) evaluateFleet(plans);
  const fleetRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = now();
    evaluateFleet(plans);
    fleetRuns.push(now() - t0);
  }
  const one: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = now();
    evaluateFleetPlan(0, plans[i % plans.length]!);
    one.push(now() - t0);
  }
  const parseRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    parseFleet({ format: FLEET_FORMAT, name: 'bench', plans: raw });
    parseRuns.push(now() - t0);
  }
  const fleetMs = median(fleetRuns);
  // One plan: the mean over the fleet's own plans, one at a time (a pair costs more than a single unit).
  const oneMs = mean(one);
  console.log(
    `(f) fleet of 1,000 plans (${plans.filter((p) => p.deployment.mode === 'failover').length} pairs, ${plans.filter((p) => p.deployment.mode === 'cluster').length} clusters, ` +
      `${plans.filter((p) => !('permanent' in p.deployment.units[0]!)).length} Smart): evaluate ${fleetMs.toFixed(1)} ms (goal < 1000 ms) = ${(fleetMs / oneMs).toFixed(0)}x one plan (mean ${oneMs.toFixed(3)} ms); parseFleet ${median(parseRuns).toFixed(1)} ms`,
  );

  const outputs = deviceOutputs(plans, 1000);
  const text = outputs.join('\n');
  for (let i = 0; i < 20; i++) importDeviceText(outputs[i]!, { startDate: '2027-01-04' });
  const single: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = now();
    importDeviceText(outputs[i]!, { startDate: '2027-01-04' });
    single.push(now() - t0);
  }
  const bulkRuns: number[] = [];
  let imported = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    const r = bulkImport([{ name: 'bench', text }], '2027-01-04');
    bulkRuns.push(now() - t0);
    imported = r.devices.filter((d) => d.plan !== null).length;
  }
  const bulkMs = median(bulkRuns);
  const singleMs = mean(single);
  console.log(
    `(f) bulk import of 1,000 device outputs in one text (${(text.length / 1_048_576).toFixed(1)} MB, ${imported} plans): ${bulkMs.toFixed(1)} ms = ${(bulkMs / singleMs).toFixed(0)}x one import (mean ${singleMs.toFixed(3)} ms)`,
  );
}
