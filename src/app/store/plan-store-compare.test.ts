import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../persistence/storage';
import { encodeShare } from '../persistence/share-link';
import { newPlan } from './new-plan';
import { createPlanStore } from './plan-store';
import { DEFAULT_VIEW } from './view-state';

function setup() {
  let t = 1_000;
  const storage = memoryStorage();
  const store = createPlanStore(storage, { now: () => (t += 10), today: () => '2027-01-01' });
  return { storage, store, s: () => store.getState() };
}

describe('the comparison in the store', () => {
  it('reads another saved plan without opening it; the current plan as it is now', () => {
    const { s } = setup();
    s().dispatch({ type: 'set-plan-name', name: 'first' });
    const first = s().planId;
    s().createPlan();
    s().dispatch({ type: 'set-plan-name', name: 'second' });
    const other = s().readSavedPlan(first);
    expect('plan' in other && other.plan.name).toBe('first');
    const current = s().readSavedPlan(s().planId);
    expect('plan' in current && current.plan.name).toBe('second');
    expect(s().plan.name).toBe('second');
    expect('error' in s().readSavedPlan('missing')).toBe(true);
  });

  it('a shared comparison saves the other plan and points the view at both', () => {
    const { s, storage } = setup();
    const before = newPlan('2027-01-01', 'Before');
    const after = newPlan('2027-01-01', 'After');
    const view = { ...DEFAULT_VIEW, asOfDay: 5, compare: { a: 'theirs-1', b: 'theirs-2', date: '2028-02-01', onlyChanges: true } };
    expect(s().openShareFragment(encodeShare(before, view, { a: before, b: after }))).toBe(true);
    expect(s().plan.name).toBe('Before');
    const { compare } = s().view;
    expect(compare).toMatchObject({ a: s().planId, date: '2028-02-01', onlyChanges: true });
    expect(compare?.b).not.toBe(s().planId);
    const b = s().readSavedPlan(compare?.b ?? '');
    expect('plan' in b && b.plan.name).toBe('After');
    expect(
      s()
        .savedPlans.map((p) => p.name)
        .sort(),
    ).toEqual(['After', 'Before']);
    expect(s().notice?.messages).toEqual(['Saved “After” too, to compare with.']);
    // A reload finds the opened plan as the current one.
    expect(createPlanStore(storage).getState().plan.name).toBe('Before');
  });
});
