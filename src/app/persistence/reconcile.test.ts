import { describe, expect, it } from 'vitest';
import { deleteSavedPlan, loadSavedPlan, memoryStorage, planKey, readSavedPlanList, savePlan, unsavedKey, INDEX_KEY } from './storage';
import { newPlan } from '../store/new-plan';
import { DEFAULT_VIEW } from '../store/view-state';
import { reconcile, tombstoneKey, tombstones } from './reconcile';

/** What a mirror holds after the same writes: a copy of every saved-plan key. */
const snapshot = (s: ReturnType<typeof memoryStorage>) => new Map([...s.data].filter(([k]) => k.startsWith('asa-planner/')));

describe('reconcile: what a killed browser lost from localStorage comes back from the mirror', () => {
  it('an edit localStorage lost (an older revision on disk) is put back', () => {
    const before = memoryStorage();
    savePlan(before, 'a', { plan: newPlan('2027-01-01', 'Before'), view: DEFAULT_VIEW }, 1);
    const onDisk = new Map(before.data); // localStorage as the killed browser left it
    savePlan(before, 'a', { plan: newPlan('2027-01-01', 'After the edit'), view: DEFAULT_VIEW }, 2);
    const mirror = snapshot(before);
    const local = memoryStorage();
    for (const [k, v] of onDisk) local.setItem(k, v);
    expect(reconcile(local, mirror)).toEqual([planKey('a')]);
    const read = loadSavedPlan(local, 'a');
    expect('plan' in read && read.plan.name).toBe('After the edit');
  });

  it('a newer local record is never replaced by an older mirrored one', () => {
    const local = memoryStorage();
    savePlan(local, 'a', { plan: newPlan('2027-01-01', 'Old'), view: DEFAULT_VIEW }, 1);
    const mirror = snapshot(local);
    savePlan(local, 'a', { plan: newPlan('2027-01-01', 'Newer, from another tab'), view: DEFAULT_VIEW }, 2);
    expect(reconcile(local, mirror)).toEqual([]);
    const read = loadSavedPlan(local, 'a');
    expect('plan' in read && read.plan.name).toBe('Newer, from another tab');
  });

  it('a plan created just before the kill comes back, in the plan list too', () => {
    const s = memoryStorage();
    savePlan(s, 'a', { plan: newPlan('2027-01-01', 'A'), view: DEFAULT_VIEW }, 1);
    const onDisk = new Map(s.data);
    savePlan(s, 'b', { plan: newPlan('2027-01-01', 'B, new'), view: DEFAULT_VIEW }, 2);
    const local = memoryStorage();
    for (const [k, v] of onDisk) local.setItem(k, v);
    expect(reconcile(local, snapshot(s)).sort()).toEqual([INDEX_KEY, planKey('b')].sort());
    expect(
      readSavedPlanList(local)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['A', 'B, new']);
  });

  it('a set-aside edit is put back only where localStorage has none; other keys are left alone', () => {
    const local = memoryStorage();
    local.setItem('asa-planner-theme', 'dark');
    const mirror = new Map([
      [unsavedKey('a'), 'mine'],
      ['asa-planner-theme', 'light'],
    ]);
    expect(reconcile(local, mirror)).toEqual([unsavedKey('a')]);
    expect(local.getItem(unsavedKey('a'))).toBe('mine');
    expect(local.getItem('asa-planner-theme')).toBe('dark');
    local.setItem(unsavedKey('a'), 'newer');
    expect(reconcile(local, mirror)).toEqual([]);
  });

  it('a deleted plan (tombstone in localStorage, mirror delete not committed) stays deleted, in the list too', () => {
    const s = memoryStorage();
    savePlan(s, 'a', { plan: newPlan('2027-01-01', 'A'), view: DEFAULT_VIEW }, 1);
    savePlan(s, 'b', { plan: newPlan('2027-01-01', 'B, deleted'), view: DEFAULT_VIEW }, 2);
    const mirror = snapshot(s); // the page reloaded before the mirror's delete committed
    deleteSavedPlan(s, 'b');
    s.setItem(tombstoneKey(planKey('b')), '1');
    expect(reconcile(s, mirror)).toEqual([]);
    expect(s.getItem(planKey('b'))).toBeNull();
    expect(readSavedPlanList(s).map((p) => p.name)).toEqual(['A']);
    expect(tombstones(s, mirror)).toEqual([{ tombstone: tombstoneKey(planKey('b')), key: planKey('b'), inMirror: true }]);
    // Without the tombstone (localStorage lost it too), the plan comes back: never the reverse.
    s.removeItem(tombstoneKey(planKey('b')));
    expect(reconcile(s, mirror).sort()).toEqual([INDEX_KEY, planKey('b')].sort());
  });

  it('with no local list, the mirror list comes back less the deleted plans', () => {
    const s = memoryStorage();
    savePlan(s, 'a', { plan: newPlan('2027-01-01', 'A'), view: DEFAULT_VIEW }, 1);
    savePlan(s, 'b', { plan: newPlan('2027-01-01', 'B'), view: DEFAULT_VIEW }, 2);
    const mirror = snapshot(s);
    const local = memoryStorage();
    local.setItem(tombstoneKey(planKey('b')), '1');
    expect(reconcile(local, mirror).sort()).toEqual([INDEX_KEY, planKey('a')].sort());
    expect(readSavedPlanList(local).map((p) => p.name)).toEqual(['A']);
  });
});
