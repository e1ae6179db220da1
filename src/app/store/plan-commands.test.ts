import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parsePlan, type PakUnit, type Plan } from '../../engine/index';
import { newPlan } from './new-plan';
import { applyCommand, coalesceKey, type PlanCommand } from './plan-commands';

const start = () => newPlan('2027-01-01', 'test');
const pak = (plan: Plan, i: number) => plan.deployment.units[i] as PakUnit;
const run = (plan: Plan, ...cmds: PlanCommand[]) => cmds.reduce(applyCommand, plan);

describe('deployment commands', () => {
  it('failover adds a peer like the first unit and defaults to Active/Standby', () => {
    const p = run(start(), { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' }, { type: 'set-deployment-mode', mode: 'failover' });
    expect(p.deployment.units.map((u) => [u.id, u.model])).toEqual([
      ['fw-a', 'asa-5545-x'],
      ['fw-b', 'asa-5545-x'],
    ]);
    expect(p.deployment.failover).toBe('active-standby');
  });

  it('standalone keeps only the first unit and drops the failover type', () => {
    const p = run(start(), { type: 'set-deployment-mode', mode: 'failover' }, { type: 'set-deployment-mode', mode: 'standalone' });
    expect(p.deployment.units).toHaveLength(1);
    expect(p.deployment.failover).toBeUndefined();
  });

  it('removing a unit drops the events that name it', () => {
    let p = run(start(), { type: 'set-deployment-mode', mode: 'cluster' }, { type: 'add-unit' });
    p = run(p, { type: 'add-event', event: { type: 'power-off', day: 3, days: 4, unit: 'fw-b' } }, { type: 'add-event', event: { type: 'link-down', day: 3, days: 4 } });
    p = applyCommand(p, { type: 'remove-unit', unit: 1 });
    expect(p.deployment.units.map((u) => u.id)).toEqual(['fw-a', 'fw-c']);
    expect(p.events).toEqual([{ type: 'link-down', day: 3, days: 4 }]);
  });

  it('renaming a unit renames its event references', () => {
    let p = run(start(), { type: 'add-event', event: { type: 'power-off', day: 1, days: 2, unit: 'fw-a' } });
    p = applyCommand(p, { type: 'rename-unit', unit: 0, id: 'hq-1' });
    expect(p.deployment.units[0]?.id).toBe('hq-1');
    expect(p.events[0]).toMatchObject({ unit: 'hq-1' });
  });
});

describe('key commands', () => {
  it('permanent features set and reset to the default', () => {
    let p = applyCommand(start(), { type: 'set-permanent-feature', unit: 0, feature: 'security-contexts', value: 5 });
    expect(pak(p, 0).permanent.features).toEqual({ 'security-contexts': 5 });
    p = applyCommand(p, { type: 'set-permanent-feature', unit: 0, feature: 'security-contexts', value: undefined });
    expect(pak(p, 0).permanent.features).toEqual({});
  });

  it('time-based keys get free ids; renaming one renames its events; removing drops them', () => {
    let p = run(
      start(),
      { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' },
      { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0 },
      { type: 'add-time-key', unit: 0, features: { 'security-contexts': 10 }, days: 30, installDay: 5 },
    );
    expect(pak(p, 0).timeBased.map((k) => k.id)).toEqual(['key-1', 'key-2']);
    p = applyCommand(p, { type: 'add-event', event: { type: 'deactivate', day: 9, unit: 'fw-a', key: 'key-1' } });
    p = applyCommand(p, { type: 'patch-time-key', unit: 0, key: 0, patch: { id: 'btf' } });
    expect(p.events[0]).toMatchObject({ key: 'btf' });
    p = applyCommand(p, { type: 'remove-time-key', unit: 0, key: 0 });
    expect(p.events).toEqual([]);
    expect(pak(p, 0).timeBased.map((k) => k.id)).toEqual(['key-2']);
  });

  it('changing model keeps only the permanent features the new model lists', () => {
    let p = applyCommand(start(), { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' });
    p = applyCommand(p, { type: 'set-permanent-feature', unit: 0, feature: 'gtp-gprs', value: true });
    p = applyCommand(p, { type: 'set-unit-model', unit: 0, model: 'asa-5515-x' });
    expect(pak(p, 0).model).toBe('asa-5515-x');
    expect(Object.keys(pak(p, 0).permanent.features)).toEqual(['gtp-gprs']);
  });

  it('out-of-range targets leave the plan as it is', () => {
    const p = start();
    expect(applyCommand(p, { type: 'remove-time-key', unit: 5, key: 0 })).toBe(p);
    expect(applyCommand(p, { type: 'remove-unit', unit: 0 })).toBe(p);
  });
});

describe('coalesceKey', () => {
  it('groups keystrokes in one field, not structural edits', () => {
    expect(coalesceKey({ type: 'set-plan-name', name: 'a' })).toBe(coalesceKey({ type: 'set-plan-name', name: 'ab' }));
    expect(coalesceKey({ type: 'add-unit' })).toBeUndefined();
  });
});

// Random edit sequences must keep the plan structurally valid (engine's parsePlan) and evaluable.
const unitIdx = fc.integer({ min: 0, max: 3 });
const command: fc.Arbitrary<PlanCommand> = fc.oneof(
  fc.constantFrom<PlanCommand>(
    { type: 'set-deployment-mode', mode: 'standalone' },
    { type: 'set-deployment-mode', mode: 'failover' },
    { type: 'set-deployment-mode', mode: 'cluster' },
    { type: 'set-failover-type', failover: 'active-active' },
    { type: 'set-context-mode', contextMode: 'multiple' },
    { type: 'add-unit' },
  ),
  unitIdx.map((unit): PlanCommand => ({ type: 'remove-unit', unit })),
  fc
    .tuple(unitIdx, fc.constantFrom('asa-5545-x', 'asa-5512-x', 'asa-5506-x', 'asa-5585-x-ssp-20') as fc.Arbitrary<'asa-5545-x'>)
    .map(([unit, model]): PlanCommand => ({ type: 'set-unit-model', unit, model })),
  fc.tuple(unitIdx, fc.constantFrom(5, 10, 20, 50)).map(([unit, value]): PlanCommand => ({ type: 'set-permanent-feature', unit, feature: 'security-contexts', value })),
  fc
    .tuple(unitIdx, fc.integer({ min: 1, max: 800 }), fc.integer({ min: 0, max: 400 }))
    .map(([unit, days, installDay]): PlanCommand => ({ type: 'add-time-key', unit, features: { 'botnet-traffic-filter': true }, days, installDay })),
  fc.tuple(unitIdx, fc.integer({ min: 0, max: 3 })).map(([unit, key]): PlanCommand => ({ type: 'remove-time-key', unit, key })),
  fc.tuple(unitIdx, fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([unit, key, active]): PlanCommand => ({ type: 'patch-time-key', unit, key, patch: { active } })),
  fc.tuple(unitIdx, fc.integer({ min: 0, max: 3 })).map(([unit, key]): PlanCommand => ({ type: 'duplicate-time-key', unit, key })),
  fc.constantFrom('asa-5545-x', 'asa-5512-x', 'fpr-2130').map((model): PlanCommand => ({ type: 'on-every-unit', cmd: { type: 'set-unit-model', unit: 0, model: model as 'asa-5545-x' } })),
  fc.constantFrom(5, 10, 20).map((value): PlanCommand => ({ type: 'on-every-unit', cmd: { type: 'set-permanent-feature', unit: 0, feature: 'security-contexts', value } })),
  fc.subarray(['model', 'tier', 'software', 'license'] as const).map((fields): PlanCommand => ({ type: 'match-primary', fields: [...fields] })),
  fc.integer({ min: 0, max: 500 }).map((day): PlanCommand => ({ type: 'add-event', event: { type: 'link-down', day, days: 10 } })),
  fc.integer({ min: 0, max: 3 }).map((index): PlanCommand => ({ type: 'remove-event', index })),
);

describe('random edit sequences', () => {
  it('never produce a structurally invalid plan, and evaluate never throws', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), fc.integer({ min: 0, max: 1095 }), (cmds, at) => {
        const plan = cmds.reduce(applyCommand, start());
        const parsed = parsePlan(plan);
        expect(parsed.ok).toBe(true);
        expect(plan.deployment.mode === 'standalone' ? 1 : 2).toBeLessThanOrEqual(plan.deployment.units.length);
        const result = evaluatePlan(plan, { at });
        expect(result.issues.every((i) => i.code !== 'plan-schema')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
