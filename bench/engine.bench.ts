// `npm run bench`: figures for evaluatePlan, printed, not asserted (issue 8).
import { analyzePlan, evaluatePlan, parsePlan, resultAt } from '../src/engine/index';
import { bigClusterPlan, oneUnitPlan, randomPlans } from './plans';
import { benchSizing } from './sizing.bench';
import { benchFleet } from './fleet.bench';

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
}

function stats(samples: number[]): { median: number; p95: number; min: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]! };
}

function measure(name: string, plan: unknown, runs: number): void {
  // Warm up long enough for the optimising compiler to settle: the figures are steady-state.
  for (let i = 0; i < Math.max(20, runs / 2); i++) evaluatePlan(plan, { at: 100 });
  const samples: number[] = [];
  let segments = 0;
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const [ms, r] = time(() => evaluatePlan(plan, { at: (i * 37) % 3650 }));
    samples.push(ms);
    segments = r.timeline.segments.length;
    events = r.timeline.events.length;
  }
  const { median, p95, min } = stats(samples);
  const result = evaluatePlan(plan, { at: 100 });
  const text = JSON.stringify(plan);
  const resultText = JSON.stringify(result);
  const parse = stats(Array.from({ length: 50 }, () => time(() => JSON.parse(text))[0])).median;
  const stringify = stats(Array.from({ length: 50 }, () => time(() => JSON.stringify(result))[0])).median;
  const copy = parse + stringify;
  console.log(
    `${name.padEnd(34)} median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  min ${min.toFixed(3)} ms  segments ${segments}  events ${events}  ` +
      `plan ${(text.length / 1024).toFixed(0)} KB, result ${(resultText.length / 1024).toFixed(0)} KB  ` +
      `parse ${parse.toFixed(3)} ms + stringify ${stringify.toFixed(3)} ms  evaluate/copy ${(median / copy).toFixed(1)}x`,
  );
}

console.log(`node ${process.version}, ${process.arch}; the engine bundled by Vite, as in the app (scripts/bench-engine.mjs)`);
measure('(a) one unit, three keys', oneUnitPlan(), 2000);
measure('(b) 16x5585-X, 640 keys, 10 years', bigClusterPlan(3650), 1000);
measure('(b) same plan, 100-year horizon', bigClusterPlan(36_500), 1000);

const plans = randomPlans(1000, 42);
const samples: number[] = [];
let invalid = 0;
let segments = 0;
for (const p of plans) {
  const [ms, r] = time(() => evaluatePlan(p, { at: 200 }));
  samples.push(ms);
  if (!r.valid) invalid++;
  segments += r.timeline.segments.length;
}
const c = stats(samples);
console.log(`(c) 1,000 random plans               median ${c.median.toFixed(3)} ms  p95 ${c.p95.toFixed(3)} ms  segments/plan ${(segments / plans.length).toFixed(1)}  invalid ${invalid}`);

// Where (b)'s time goes, and what the app pays: it analyses a plan once per edit, then reads any
// "as of" day off the analysis (resultAt) as the slider moves.
const big = bigClusterPlan(3650);
const parseOnly = stats(Array.from({ length: 200 }, () => time(() => parsePlan(big))[0]));
const analyzeSamples: number[] = [];
const firstDaySamples: number[] = [];
for (let i = 0; i < 200; i++) {
  const [ms, a] = time(() => analyzePlan(big));
  analyzeSamples.push(ms);
  firstDaySamples.push(time(() => resultAt(a, 1234))[0]);
}
const analyze = stats(analyzeSamples);
const firstDay = stats(firstDaySamples);
const warm = analyzePlan(big);
const slider = stats(Array.from({ length: 2000 }, (_, i) => time(() => resultAt(warm, (i * 7) % 3650))[0]));
console.log(
  `(b) parts: parsePlan (validation) median ${parseOnly.median.toFixed(3)} ms; analyzePlan (parse, rules, simulation, combination) median ${analyze.median.toFixed(3)} ms; ` +
    `resultAt, first day asked ${firstDay.median.toFixed(3)} ms; resultAt, another day (the as-of slider) median ${slider.median.toFixed(3)} ms  p95 ${slider.p95.toFixed(3)} ms`,
);

// Sizing (issue 19).
benchSizing();

// Fleet (issue 22).
benchFleet();
