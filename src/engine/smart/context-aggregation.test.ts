import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModelId } from '../types';
import { aggregateContexts } from './context-aggregation';

const models = (id: SmartModelId, n: number) => Array.from({ length: n }, () => SMART_MODELS[id]);

// 001's own examples, §"Failover Licenses for the …" and §"ASA Cluster Licenses for the …".
describe("each unit's Standard contexts plus the primary's Context license, up to the platform limit", () => {
  it.each([
    ['fpr-1120', 2, 3, 7, 5, 1],
    ['fpr-1140', 2, 4, 8, 8, 6],
    ['fpr-2130', 2, 30, 34, 30, 26],
    ['fpr-2130', 2, 10, 14, 14, 26],
    ['fpr-3130', 2, 100, 104, 100, 96],
    ['fpr-3130', 6, 20, 32, 32, 88],
    ['fpr-3130', 3, 100, 106, 100, 94],
    ['fpr-4112', 2, 250, 270, 250, 230],
    ['fpr-4112', 2, 10, 30, 30, 230],
    ['fpr-4112', 3, 250, 280, 250, 220],
    ['fpr-9300-sm-44', 6, 20, 80, 80, 190],
  ] as const)('%s × %i with %i → %i, running %i; largest useful license %i', (id, n, license, total, value, useful) => {
    const agg = aggregateContexts(models(id, n), license);
    expect(agg).toMatchObject({ total, value, largestUseful: useful, capped: total > value });
  });

  it('no contexts on the 1010 or the ASA virtual', () => {
    expect(aggregateContexts(models('fpr-1010', 2), 0)).toBeNull();
    expect(aggregateContexts(models('asav', 2), 0)).toBeNull();
  });
});
