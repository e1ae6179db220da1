import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModelId } from '../types';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import type { Grant } from './provenance';
import { encryptionProvenance, strongEncryptionIssues } from './strong-encryption';

function run(model: SmartModelId, exportControlled: boolean, strong: boolean, grant: Grant = 'registered', method: 'regular' | 'evaluation' = 'regular') {
  const plan = smartPlan([unit('fw', model, { 'strong-encryption': strong }, { exportControlled, method })]);
  const u = smartUnitOf(plan);
  return { p: encryptionProvenance(SMART_MODELS[model], u, grant, true), issues: strongEncryptionIssues(SMART_MODELS[model], u, plan) };
}

describe('Strong Encryption (001 §"Encryption License")', () => {
  it.each([
    ['fpr-2110', true, false, '3des-aes', ['export-controlled token'], []],
    ['fpr-2110', false, true, '3des-aes', ['strong-encryption'], []],
    ['fpr-2110', true, true, '3des-aes', ['export-controlled token'], ['smart-strong-encryption-not-required']],
    ['fpr-2110', false, false, 'des', undefined, ['smart-encryption-des']],
    ['fpr-4110', false, false, 'des', undefined, ['smart-encryption-des']],
    ['asav', true, false, '3des-aes', ['export-controlled token'], []],
  ] as const)('%s token %s, license %s → %s', (model, token, strong, value, keys, codes) => {
    const { p, issues } = run(model, token, strong);
    expect(p.value).toBe(value);
    expect(p.keys).toEqual(keys);
    expect(issues.map((i) => i.code)).toEqual(codes);
  });

  it('no evaluation license for Strong Encryption; before registration VPN traffic is blocked or rate-limited, per model', () => {
    expect(run('fpr-1140', true, true, 'default').p).toMatchObject({ value: 'des', cite: expect.stringContaining('Evaluation License') });
    expect(run('fpr-4110', true, false, 'default').p.rule).toMatch(/not allowed until/);
    expect(run('asav', true, false, 'unlicensed').p.rule).toMatch(/severely rate-limited/);
    expect(run('fpr-3110', true, false, 'default').p.rule).toMatch(/management access only/);
    expect(run('fpr-3110', true, false, 'registered', 'evaluation').issues).toEqual([expect.objectContaining({ code: 'smart-encryption-needs-registration' })]);
  });

  it('a token-based license survives out-of-compliance', () => {
    expect(run('fpr-2110', true, false).p.rule).toMatch(/out of compliance it keeps allowing through-the-box traffic/);
  });
});
