import { describe, expect, it } from 'vitest';
import { evaluatePlan, type PakUnit, type Plan, type SmartUnit } from '../../engine/index';
import { mismatchesByUnit } from '../features/plan-editor/unit-mismatch';
import { memoryStorage } from '../persistence/storage';
import { keepInStep } from './in-step';
import { newPlan } from './new-plan';
import { applyCommand, coalesceKey, type PlanCommand } from './plan-commands';
import { createPlanStore } from './plan-store';
import { restoreView } from '../engine-loader/engine-deferred';

const run = (plan: Plan, ...cmds: PlanCommand[]) => cmds.reduce(applyCommand, plan);
const pak = (plan: Plan, i: number) => plan.deployment.units[i] as PakUnit;
const smart = (plan: Plan, i: number) => plan.deployment.units[i] as SmartUnit;
const mustMatch = (plan: Plan) => evaluatePlan(plan).issues.filter((i) => /^units-need-same-|^smart-same-|^failover-needs-|^failover-different-models/.test(i.code));

/** An ASA 5512-X Security Plus primary with 5 contexts and 3DES/AES, on 9.16 (000 §"ASA 5512-X License Features"). */
const configured = () =>
  run(
    newPlan('2027-01-01', 'pair'),
    { type: 'set-unit-model', unit: 0, model: 'asa-5512-x' },
    { type: 'set-tier', unit: 0, tier: 'security-plus' },
    { type: 'patch-unit', unit: 0, patch: { software: '9.16' } },
    { type: 'set-permanent-feature', unit: 0, feature: 'security-contexts', value: 5 },
    { type: 'set-permanent-feature', unit: 0, feature: 'encryption', value: '3des-aes' },
    { type: 'set-context-mode', contextMode: 'multiple' },
  );

describe('a pair or cluster starts as copies of the primary unit', () => {
  it('failover copies model, tier, software and the permanent license: no mismatch issue', () => {
    const p = applyCommand(configured(), { type: 'set-deployment-mode', mode: 'failover' });
    expect(pak(p, 1)).toEqual({ id: 'fw-b', model: 'asa-5512-x', software: '9.16', permanent: { tier: 'security-plus', features: { 'security-contexts': 5, encryption: '3des-aes' } }, timeBased: [] });
    expect(mustMatch(p)).toEqual([]);
    // 000 §"How Failover or ASA Cluster Licenses Combine": 5 + 5 contexts, capped at the 5512-X Security Plus limit of 5.
    expect(evaluatePlan(p).running['security-contexts']).toBe(5);
  });

  it('without the copy the engine would report the mismatch (the peer of old: base tier, default encryption)', () => {
    const p = applyCommand(configured(), { type: 'set-deployment-mode', mode: 'failover' });
    const bare = { ...p, deployment: { ...p.deployment, units: [pak(p, 0), { ...pak(p, 1), permanent: { tier: 'base' as const, features: {} } }] } };
    expect(
      mustMatch(bare)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['failover-needs-security-plus', 'units-need-same-encryption']);
  });

  it('a time-based key stays on the primary', () => {
    const p = run(configured(), { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 365, installDay: 0 }, { type: 'set-deployment-mode', mode: 'cluster' });
    expect(pak(p, 0).timeBased).toHaveLength(1);
    expect(pak(p, 1).timeBased).toEqual([]);
  });

  it('adding a cluster unit copies the primary (control) unit, not the last one', () => {
    let p = run(configured(), { type: 'set-deployment-mode', mode: 'cluster' }, { type: 'set-unit-model', unit: 1, model: 'asa-5545-x' });
    p = applyCommand(p, { type: 'add-unit' });
    expect(p.deployment.units.map((u) => [u.id, u.model])).toEqual([
      ['fw-a', 'asa-5512-x'],
      ['fw-b', 'asa-5545-x'],
      ['fw-c', 'asa-5512-x'],
    ]);
    expect(pak(p, 2).permanent).toEqual(pak(p, 0).permanent);
  });

  it('a Smart peer copies the method, export-controlled setting and the entitlements each unit requests, not those only the primary requests', () => {
    const p = run(
      newPlan('2027-01-01'),
      { type: 'set-unit-model', unit: 0, model: 'fpr-2130' },
      { type: 'set-entitlement', unit: 0, patch: { contexts: 5, 'strong-encryption': true } },
      { type: 'patch-smart', unit: 0, patch: { exportControlled: true, method: 'plr' } },
      { type: 'set-deployment-mode', mode: 'failover' },
    );
    expect(smart(p, 1).model).toBe('fpr-2130');
    // The engine's smart-same-encryption and smart-same-method: the same on every unit.
    expect(smart(p, 1).smart.exportControlled).toBe(true);
    expect(smart(p, 1).smart.method).toBe('plr');
    // 001 §"Failover Licenses for the Firepower 2100": only the active unit requests Context and Strong Encryption.
    expect(smart(p, 1).smart.entitlements).toEqual({ standard: true, contexts: 0, carrier: false, 'security-plus': false, 'strong-encryption': false });
    expect(mustMatch(p)).toEqual([]);
    expect(evaluatePlan(p).issues.filter((i) => i.code === 'smart-secondary-entitlement-unused')).toEqual([]);
  });

  it('a Firepower 4110 data unit takes Carrier and Strong Encryption (each unit requests them), not the Context license', () => {
    let p = run(
      newPlan('2027-01-01'),
      { type: 'set-unit-model', unit: 0, model: 'fpr-4110' },
      { type: 'set-entitlement', unit: 0, patch: { contexts: 30, carrier: true, 'strong-encryption': true } },
      { type: 'set-deployment-mode', mode: 'cluster' },
      { type: 'add-unit' },
    );
    // 001 §"ASA Cluster Licenses for the Firepower 4100/9300": Carrier and Strong Encryption are per-unit; only the control unit requests Standard and Context.
    for (const i of [1, 2]) expect(smart(p, i).smart.entitlements).toMatchObject({ contexts: 0, carrier: true, 'strong-encryption': true });
    expect(evaluatePlan(p).issues.filter((i) => i.code === 'smart-secondary-entitlement-unused' || /^smart-same-/.test(i.code))).toEqual([]);
    p = applyCommand(p, { type: 'on-every-unit', cmd: { type: 'set-entitlement', unit: 1, patch: { contexts: 10, carrier: false } } });
    expect(p.deployment.units.map((u) => [(u as SmartUnit).smart.entitlements.contexts, (u as SmartUnit).smart.entitlements.carrier])).toEqual([
      [10, false],
      [0, false],
      [0, false],
    ]);
    // An edit only the control unit takes leaves the data units as they were.
    const q = applyCommand(p, { type: 'on-every-unit', cmd: { type: 'set-entitlement', unit: 0, patch: { contexts: 20 } } });
    expect(q.deployment.units.slice(1)).toEqual(p.deployment.units.slice(1));
  });
});

describe('same on every unit', () => {
  const pair = () => applyCommand(configured(), { type: 'set-deployment-mode', mode: 'failover' });

  it('an edit of a field in step is made on every unit', () => {
    const cmd = keepInStep({ type: 'set-permanent-feature', unit: 1, feature: 'security-contexts', value: undefined }, undefined, 2);
    expect(cmd.type).toBe('on-every-unit');
    const p = applyCommand(pair(), cmd);
    expect(p.deployment.units.map((u) => (u as PakUnit).permanent.features['security-contexts'])).toEqual([undefined, undefined]);
    const m = applyCommand(p, keepInStep({ type: 'set-unit-model', unit: 0, model: 'asa-5545-x' }, [], 2));
    expect(m.deployment.units.map((u) => u.model)).toEqual(['asa-5545-x', 'asa-5545-x']);
  });

  it('a field turned off, a lone unit, or a per-unit field is edited on its unit only', () => {
    const contexts = { type: 'set-permanent-feature', unit: 1, feature: 'security-contexts', value: undefined } as const;
    expect(keepInStep(contexts, ['license'], 2)).toBe(contexts);
    expect(keepInStep(contexts, undefined, 1)).toBe(contexts);
    const memory = { type: 'patch-unit', unit: 0, patch: { memoryGB: 8 } } as const;
    expect(keepInStep(memory, undefined, 2)).toBe(memory);
    const registered = { type: 'patch-smart', unit: 0, patch: { registeredDay: 30 } } as const;
    expect(keepInStep(registered, undefined, 2)).toBe(registered);
    expect(keepInStep({ type: 'patch-smart', unit: 0, patch: { method: 'plr' } }, undefined, 2).type).toBe('on-every-unit');
    expect(keepInStep({ type: 'patch-smart', unit: 0, patch: { exportControlled: true } }, undefined, 2).type).toBe('on-every-unit');
    expect(keepInStep({ type: 'patch-unit', unit: 0, patch: { software: '9.8' } }, ['model'], 2).type).toBe('on-every-unit');
  });

  it('is one undo step, and typing in one field on every unit coalesces', () => {
    let t = 1_000;
    const store = createPlanStore(memoryStorage(), { now: () => (t += 10), today: () => '2027-01-01' });
    const s = () => store.getState();
    s().dispatch({ type: 'replace-plan', plan: pair() });
    s().dispatch({ type: 'on-every-unit', cmd: { type: 'set-tier', unit: 0, tier: 'base' } });
    expect(s().plan.deployment.units.map((u) => (u as PakUnit).permanent.tier)).toEqual(['base', 'base']);
    s().undo();
    expect(s().plan.deployment.units.map((u) => (u as PakUnit).permanent.tier)).toEqual(['security-plus', 'security-plus']);
    expect(coalesceKey({ type: 'on-every-unit', cmd: { type: 'patch-unit', unit: 1, patch: { software: '9' } } })).toBe('every:patch-unit:software');
  });

  it('turning a field on copies the primary unit’s value to the others', () => {
    const p = run(pair(), { type: 'set-permanent-feature', unit: 1, feature: 'security-contexts', value: undefined }, { type: 'patch-unit', unit: 1, patch: { software: '9.8' } });
    const matched = applyCommand(p, { type: 'match-primary', fields: ['license'] });
    expect(pak(matched, 1).permanent.features).toEqual(pak(p, 0).permanent.features);
    expect(pak(matched, 1).software).toBe('9.8');
    expect(pak(applyCommand(p, { type: 'match-primary', fields: ['software'] }), 1).software).toBe('9.16');
    const same = pair();
    expect(applyCommand(same, { type: 'match-primary', fields: ['model', 'tier', 'software', 'license'] })).toBe(same);
  });

  it('the engine’s must-match issues flag the unit that differs', () => {
    const p = applyCommand(pair(), { type: 'set-permanent-feature', unit: 1, feature: 'encryption', value: undefined });
    const flagged = mismatchesByUnit(evaluatePlan(p).issues);
    expect([...flagged.keys()]).toEqual(['fw-b']);
    expect(flagged.get('fw-b')?.map((i) => i.code)).toEqual(['units-need-same-encryption']);
    expect(mismatchesByUnit(evaluatePlan(pair()).issues).size).toBe(0);
  });

  it('the fields turned off are kept in the view, and an unreadable list is dropped', () => {
    expect(restoreView({ differsPerUnit: ['license'] }).differsPerUnit).toEqual(['license']);
    expect(restoreView({ differsPerUnit: ['colour'] }).differsPerUnit).toBeUndefined();
    expect(restoreView({ selectedUnit: 2 }).selectedUnit).toBe(2);
  });
});

describe('duplicating a time-based key', () => {
  const withKey = () =>
    run(
      configured(),
      { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 365, installDay: 10 },
      { type: 'patch-time-key', unit: 0, key: 0, patch: { id: 'btf-1', note: 'PAK 123' } },
    );

  it('puts a copy with a new id right after it', () => {
    let p = applyCommand(withKey(), { type: 'duplicate-time-key', unit: 0, key: 0 });
    expect(pak(p, 0).timeBased).toEqual([
      { id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 365, installDay: 10, active: true, evaluation: false, note: 'PAK 123' },
      { id: 'btf-1-copy', features: { 'botnet-traffic-filter': true }, days: 365, installDay: 10, active: true, evaluation: false, note: 'PAK 123' },
    ]);
    p = applyCommand(p, { type: 'duplicate-time-key', unit: 0, key: 0 });
    expect(pak(p, 0).timeBased.map((k) => k.id)).toEqual(['btf-1', 'btf-1-copy-2', 'btf-1-copy']);
    expect(evaluatePlan(p).valid).toBe(true);
  });

  it('a key that is not there changes nothing', () => {
    const p = withKey();
    expect(applyCommand(p, { type: 'duplicate-time-key', unit: 0, key: 5 })).toBe(p);
    expect(applyCommand(p, { type: 'duplicate-time-key', unit: 3, key: 0 })).toBe(p);
  });
});
