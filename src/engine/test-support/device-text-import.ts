// Helpers for the device-text import tests (device-text/import-device-text*.test.ts): the fixtures, and
// a plan that must come back free of errors, both the importer's and the engine's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importDeviceText, type ImportResult } from '../device-text/index';
import { evaluatePlan } from '../evaluate';
import type { PakUnit, Plan, SmartUnit } from '../plan/schema';

export const fixture = (name: string) => readFileSync(join(__dirname, '..', 'device-text', 'fixtures', name), 'utf8');
export const START = { startDate: '2027-03-01' };
export const read = (name: string) => importDeviceText(fixture(name), START);

/** Engine errors other than "Smart models are not evaluated yet" (another part of the tree). */
export function engineErrors(plan: Plan) {
  return evaluatePlan(plan).issues.filter((i) => i.severity === 'error' && i.code !== 'smart-not-evaluated');
}

export function planOf(r: ImportResult): Plan {
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(r.plan).not.toBeNull();
  expect(engineErrors(r.plan!)).toEqual([]);
  return r.plan!;
}

export const pak = (plan: Plan, i = 0) => plan.deployment.units[i] as PakUnit;
export const smart = (plan: Plan, i = 0) => plan.deployment.units[i] as SmartUnit;
export const codes = (r: ImportResult) => r.issues.map((i) => i.code);
export const keysOf = (u: PakUnit) => u.timeBased.map((k) => ({ features: k.features, days: k.days, active: k.active }));
