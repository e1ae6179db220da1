// What the page reads before the engine's chunk has loaded (see engine-runtime.ts) must agree with
// the engine: the plan format, and the saved-plans index read without zod.
import { describe, expect, it } from 'vitest';
import { PLAN_FORMAT as ENGINE_PLAN_FORMAT } from '../../engine/index';
import { PLAN_FORMAT } from './plan-format';
import { hasSavedPlans, INDEX_KEY, memoryStorage, parseIndex, planKey } from './storage';

describe('before the engine loads', () => {
  it('writes the engine’s plan format', () => {
    expect(PLAN_FORMAT).toBe(ENGINE_PLAN_FORMAT);
  });

  it('reads the saved-plans index tolerantly', () => {
    expect(parseIndex({ currentId: 'p-1', plans: [{ id: 'p-1', name: 'A', updatedAt: 5, extra: 1 }] })).toEqual({ currentId: 'p-1', plans: [{ id: 'p-1', name: 'A', updatedAt: 5 }] });
    expect(parseIndex({ currentId: 'x'.repeat(81), plans: [{ id: 'p-1', name: 7, updatedAt: 'no' }] })).toEqual({ plans: [{ id: 'p-1', name: 'Untitled plan', updatedAt: 0 }] });
    // One bad entry drops the list (it is rebuilt from the records found in storage).
    expect(parseIndex({ plans: [{ id: 'p-1' }, { id: '' }] })).toEqual({ plans: [] });
    expect(parseIndex({ plans: 'none' })).toEqual({ plans: [] });
    expect(parseIndex([])).toBeUndefined();
    expect(parseIndex(null)).toBeUndefined();
  });

  it('takes the fast start only when no plan is saved', () => {
    const storage = memoryStorage();
    expect(hasSavedPlans(storage)).toBe(false);
    storage.setItem('asa-planner/theme', 'dark');
    expect(hasSavedPlans(storage)).toBe(false);
    storage.setItem(planKey('p-1'), '{}');
    expect(hasSavedPlans(storage)).toBe(true);
    storage.removeItem(planKey('p-1'));
    storage.setItem(INDEX_KEY, '{}');
    expect(hasSavedPlans(storage)).toBe(true);
  });
});
