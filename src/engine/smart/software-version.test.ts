import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import { parseVersion, softwareVersionIssues, versionBelow } from './software-version';

describe('version-dependent Smart rules (001 §"History for Smart Software Licensing")', () => {
  it('parses versions', () => {
    expect(parseVersion('9.14(1.30)')).toEqual([9, 14, 1, 30]);
    expect(parseVersion('9.20')).toEqual([9, 20, 0, 0]);
    expect(versionBelow('9.12(4)', [9, 13, 1, 0])).toBe(true);
    expect(versionBelow('9.14(1.30)', [9, 14, 1, 30])).toBe(false);
  });

  it.each([
    ['asav', '9.12', { throughput: '1G' as const }, 'regular', 'standalone', ['asav-flexible-licensing-version']],
    ['asav', '9.14(1)', { throughput: '20G' as const }, 'plr', 'standalone', ['asav100-plr-version']],
    ['asav', '9.16', { throughput: '20G' as const }, 'plr', 'standalone', []],
    ['fpr-4110', '9.6', {}, 'regular', 'failover', ['smart-failover-licensing-before-9.7']],
  ] as const)('%s %s', (model, software, ent, method, mode, codes) => {
    const plan = smartPlan([unit('a', model, ent, { method }, { software }), ...(mode === 'failover' ? [unit('b', model, ent, { method }, { software })] : [])], {
      mode,
      ...(mode === 'failover' ? { failover: 'active-standby' as const } : {}),
    });
    expect(softwareVersionIssues(SMART_MODELS[model], smartUnitOf(plan), plan).map((i) => i.code)).toEqual(codes);
  });
});
