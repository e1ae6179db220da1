import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModelId } from '../types';
import { carrierIssues, carrierProvenance } from './carrier-license';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';

function run(model: SmartModelId, carrier: boolean) {
  const plan = smartPlan([unit('fw', model, { carrier, ...(model === 'asav' ? { throughput: '1G' as const } : {}) })]);
  const u = smartUnitOf(plan);
  return { reg: carrierProvenance(SMART_MODELS[model], u, 'registered', true), def: carrierProvenance(SMART_MODELS[model], u, 'default', true), issues: carrierIssues(SMART_MODELS[model], u, plan) };
}

describe('Carrier license (001 §"Carrier License"): Firepower 4100/9300 only', () => {
  it.each([
    ['fpr-4110', true, true, []],
    ['fpr-4110', false, false, []],
    ['fpr-9300-sm-24', true, true, []],
    ['fpr-2110', false, 'unsupported', []],
    ['fpr-2110', true, 'unsupported', ['smart-carrier-unsupported']],
    ['fpr-3140', true, 'unsupported', ['smart-carrier-unsupported']],
    ['fpr-1010', true, 'unsupported', ['smart-carrier-unsupported']],
    ['asav', true, true, ['smart-carrier-included']],
  ] as const)('%s with carrier %s runs %s', (model, carrier, running, codes) => {
    const { reg, issues } = run(model, carrier);
    expect(reg.value).toBe(running);
    expect(issues.map((i) => i.code)).toEqual(codes);
  });

  it('is not enabled in evaluation mode', () => {
    expect(run('fpr-4110', true).def.value).toBe(false);
  });

  it('names the entitlement that enables it', () => {
    expect(run('fpr-4150', true).reg.keys).toEqual(['carrier']);
  });
});
