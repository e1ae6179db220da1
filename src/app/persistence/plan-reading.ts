// The engine's reading of a plan the app holds, cached per plan object (plans are immutable):
// the store asks whether an edit leaves the plan readable, and autosave whether the plan can be
// saved as it reads back (sealed-record.ts). The engine must be loaded.
import type { Plan } from '../../engine/index';
import { engine } from '../engine-loader/engine-runtime';

interface PlanReading {
  /** The engine's structural messages: what would make the plan unreadable when reloaded. */
  errors: string[];
  /** The engine's reading of the plan (when it reads). */
  parsed: Plan | undefined;
  /** The plan as it reads back, when reading that back changes nothing (null: it does); worked out when first asked. */
  canonical?: Plan | null;
}

const readings = new WeakMap<Plan, PlanReading>();

function readingOf(plan: Plan): PlanReading {
  let reading = readings.get(plan);
  if (reading === undefined) {
    const parsed = engine().parsePlan(plan);
    reading = parsed.ok ? { errors: [], parsed: parsed.plan } : { errors: parsed.issues.map((i) => i.message), parsed: undefined };
    readings.set(plan, reading);
  }
  return reading;
}

/** The engine's structural messages for a plan (empty: it reads). */
export function structuralErrors(plan: Plan): string[] {
  return readingOf(plan).errors;
}

/** The plan as the engine reads it back, when reading that back again changes nothing (what a sealed record holds, sealed-record.ts). */
export function canonicalReading(plan: Plan): Plan | undefined {
  const reading = readingOf(plan);
  if (reading.canonical === undefined) {
    const again = reading.parsed === undefined ? undefined : engine().parsePlan(reading.parsed);
    reading.canonical = again?.ok === true && JSON.stringify(again.plan) === JSON.stringify(reading.parsed) ? reading.parsed! : null;
  }
  return reading.canonical ?? undefined;
}
