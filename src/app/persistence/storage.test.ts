import { describe, expect, it } from 'vitest';
import { newPlan } from '../store/new-plan';
import { DEFAULT_VIEW } from '../store/view-state';
import { backupKey, commitPlan, deleteSavedPlan, loadSavedPlan, memoryStorage, planKey, savePlan, storedRevision, unsavedKey } from './storage';
import { loadWorkspace } from './workspace';

describe('saved plans', () => {
  it('an empty storage has no plans', () => {
    expect(loadWorkspace(memoryStorage())).toEqual({ currentId: undefined, current: undefined, plans: [], problems: [], notes: [] });
  });

  it('save, reload, delete', () => {
    const s = memoryStorage();
    savePlan(s, 'a', { plan: newPlan('2027-01-01', 'A'), view: DEFAULT_VIEW }, 1);
    savePlan(s, 'b', { plan: newPlan('2027-01-01', 'B'), view: { ...DEFAULT_VIEW, asOfDay: 9 } }, 2);
    const w = loadWorkspace(s);
    expect(w.currentId).toBe('b');
    expect(w.current?.view.asOfDay).toBe(9);
    expect(w.current?.revision).toBe(1);
    expect(w.plans.map((p) => p.name)).toEqual(['A', 'B']);
    deleteSavedPlan(s, 'b');
    const after = loadWorkspace(s);
    expect(after.currentId).toBe('a');
    expect(after.plans.map((p) => p.id)).toEqual(['a']);
  });

  it('a damaged record is reported and the next plan opens; garbage never throws', () => {
    const s = memoryStorage();
    savePlan(s, 'good', { plan: newPlan('2027-01-01', 'Good'), view: DEFAULT_VIEW }, 1);
    savePlan(s, 'bad', { plan: newPlan('2027-01-01', 'Bad'), view: DEFAULT_VIEW }, 2);
    s.setItem('asa-planner/plan/bad', '{"plan":{"format":"asa-license-plan/1","startDate":"nope"}}');
    const w = loadWorkspace(s);
    expect(w.currentId).toBe('good');
    expect(w.problems[0]).toMatch(/Bad/);
    expect(s.getItem('asa-planner/plan/bad')).toBe('{"plan":{"format":"asa-license-plan/1","startDate":"nope"}}');
    s.setItem('asa-planner/index', '{{{');
    expect(() => loadWorkspace(s)).not.toThrow();
  });

  it('a damaged index: the plan records are found and listed again', () => {
    const s = memoryStorage();
    savePlan(s, 'a', { plan: newPlan('2027-01-01', 'Alpha'), view: DEFAULT_VIEW }, 1);
    savePlan(s, 'b', { plan: newPlan('2027-01-01', 'Beta'), view: DEFAULT_VIEW }, 2);
    s.setItem('asa-planner/index', '{{{');
    const w = loadWorkspace(s);
    expect(w.plans.map((p) => p.name).sort()).toEqual(['Alpha', 'Beta']);
    expect(w.notes.join('\n')).toMatch(/“Alpha” was missing from the list of plans; it is listed again/);
    expect(w.current?.plan.name).toMatch(/Alpha|Beta/);
    expect(JSON.parse(s.getItem('asa-planner/index') ?? '{}').plans).toHaveLength(2);
  });
});

describe('revisions', () => {
  const saved = (name: string) => ({ plan: newPlan('2027-01-01', name), view: DEFAULT_VIEW });

  it('a commit at the stored revision writes and bumps it when the plan changed; a view change keeps it', () => {
    const s = memoryStorage();
    expect(commitPlan(s, 'p', saved('one'), 0, true, 1)).toMatchObject({ ok: true, revision: 1 });
    expect(commitPlan(s, 'p', saved('two'), 1, true, 2)).toMatchObject({ ok: true, revision: 2 });
    expect(commitPlan(s, 'p', saved('two'), 2, false, 3)).toMatchObject({ ok: true, revision: 2 });
    expect(storedRevision(s, 'p')).toBe(2);
    expect(s.getItem(planKey('p'))?.startsWith('{"version":2,"revision":2,')).toBe(true);
  });

  it('never writes over a newer revision', () => {
    const s = memoryStorage();
    commitPlan(s, 'p', saved('tab A'), 0, true, 1); // revision 1, both tabs read it
    expect(commitPlan(s, 'p', saved('tab A again'), 1, true, 2)).toMatchObject({ ok: true, revision: 2 });
    const before = s.getItem(planKey('p'));
    expect(commitPlan(s, 'p', saved('tab B'), 1, true, 3)).toEqual({ ok: false, storedRevision: 2 });
    expect(commitPlan(s, 'p', saved('tab B, view only'), 1, false, 3)).toEqual({ ok: false, storedRevision: 2 });
    expect(s.getItem(planKey('p'))).toBe(before);
  });

  it('a record an older app version wrote (no revision) counts as newer once this tab has saved', () => {
    const s = memoryStorage();
    s.setItem(planKey('p'), JSON.stringify(saved('old app')));
    expect(storedRevision(s, 'p')).toBe('unversioned');
    expect(commitPlan(s, 'p', saved('loaded from it'), 0, true, 1)).toMatchObject({ ok: true, revision: 1 });
    s.setItem(planKey('p'), JSON.stringify(saved('old app again')));
    expect(commitPlan(s, 'p', saved('mine'), 1, true, 2)).toEqual({ ok: false, storedRevision: 'unversioned' });
  });

  it('a plan deleted in another tab is written back rather than lost', () => {
    const s = memoryStorage();
    commitPlan(s, 'p', saved('mine'), 0, true, 1);
    deleteSavedPlan(s, 'p');
    expect(commitPlan(s, 'p', saved('mine, edited'), 1, true, 2)).toMatchObject({ ok: true, revision: 2 });
  });

  it('edits left in the side slot by a tab in conflict are saved as a copy at the next load', () => {
    const s = memoryStorage();
    savePlan(s, 'p', saved('Edge'), 1);
    s.setItem(unsavedKey('p'), JSON.stringify({ version: 2, revision: 0, plan: newPlan('2027-01-01', 'Edge'), view: DEFAULT_VIEW }));
    const w = loadWorkspace(s, 5);
    expect(w.plans.map((p) => p.name)).toEqual(['Edge', 'Edge (unsaved copy)']);
    expect(w.notes.join(' ')).toMatch(/saved as “Edge \(unsaved copy\)”/);
    expect(s.getItem(unsavedKey('p'))).toBeNull();
    expect(w.currentId).toBe('p');
  });
});

describe('older and foreign records', () => {
  it('a record of app 0.1 ({ plan, view }, no version) loads and is rewritten as version 2 only when saved', () => {
    const s = memoryStorage();
    const text = JSON.stringify({ plan: newPlan('2027-01-01', 'Old'), view: { ...DEFAULT_VIEW, asOfDay: 5 } });
    s.setItem(planKey('old'), text);
    s.setItem('asa-planner/index', JSON.stringify({ currentId: 'old', plans: [{ id: 'old', name: 'Old', updatedAt: 1 }] }));
    const loaded = loadSavedPlan(s, 'old');
    expect(loaded).toMatchObject({ revision: 0, notes: [], plan: { name: 'Old' }, view: { asOfDay: 5 } });
    expect(s.getItem(planKey('old'))).toBe(text);
  });

  it('a plan of another format is named, kept untouched and not deleted; the other plans open', () => {
    const s = memoryStorage();
    savePlan(s, 'good', { plan: newPlan('2027-01-01', 'Good'), view: DEFAULT_VIEW }, 1);
    const future = JSON.stringify({ version: 2, revision: 4, plan: { format: 'asa-license-plan/2', name: 'Future' }, view: {} });
    s.setItem(planKey('future'), future);
    s.setItem(
      'asa-planner/index',
      JSON.stringify({
        currentId: 'future',
        plans: [
          { id: 'good', name: 'Good', updatedAt: 1 },
          { id: 'future', name: 'Future', updatedAt: 2 },
        ],
      }),
    );
    const w = loadWorkspace(s);
    expect(w.currentId).toBe('good');
    expect(w.problems).toHaveLength(1);
    expect(w.problems[0]).toMatch(/“Future” could not be restored: Plan format “asa-license-plan\/2” is not one this version of the planner reads.*kept unchanged/);
    expect(w.plans.map((p) => p.id)).toEqual(['good', 'future']);
    expect(s.getItem(planKey('future'))).toBe(future);
    savePlan(s, 'good', { plan: newPlan('2027-01-01', 'Good 2'), view: DEFAULT_VIEW }, 3);
    expect(s.getItem(planKey('future'))).toBe(future);
    expect(JSON.parse(s.getItem('asa-planner/index') ?? '{}').plans.map((p: { id: string }) => p.id)).toEqual(['good', 'future']);
  });

  it('a record from a newer app version is kept and explained', () => {
    const s = memoryStorage();
    s.setItem(planKey('n'), JSON.stringify({ version: 3, plan: newPlan('2027-01-01', 'N') }));
    expect(loadSavedPlan(s, 'n')).toEqual({ error: [expect.stringMatching(/newer version of the planner \(record version 3/)] });
  });

  it('a record restored without some parts keeps its original as a backup and says what was dropped', () => {
    const s = memoryStorage();
    const plan = {
      ...newPlan('2027-01-01', 'Partly bad'),
      events: [
        { day: -4, type: 'link-down', days: 3 },
        { day: 2, type: 'link-down', days: 3 },
      ],
    };
    const text = JSON.stringify({ version: 2, revision: 7, plan, view: DEFAULT_VIEW });
    s.setItem(planKey('x'), text);
    const loaded = loadSavedPlan(s, 'x');
    if ('error' in loaded) throw new Error(loaded.error.join());
    expect(loaded.plan.events).toEqual([{ day: 2, type: 'link-down', days: 3 }]);
    expect(loaded.revision).toBe(7);
    expect(loaded.notes[0]).toMatch(/“Partly bad” was restored without parts.*asa-planner\/backup\/x/);
    expect(loaded.notes[1]).toMatch(/^events\[0\] \{"day":-4.*was dropped: events\[0\]\.day/);
    expect(s.getItem(backupKey('x'))).toBe(text);
  });
});

describe('a re-save of the very record stored', () => {
  it('writes nothing (another tab may hold a newer revision this tab has not seen yet), unless the plan becomes the current one', () => {
    const s = memoryStorage();
    const plan = newPlan('2027-01-01', 'Edge');
    expect(commitPlan(s, 'a', { plan, view: DEFAULT_VIEW }, 0, true, 1).ok).toBe(true);
    const writes: string[] = [];
    const watched = {
      ...s,
      getItem: s.getItem,
      setItem: (k: string, v: string) => (writes.push(k), s.setItem(k, v)),
      removeItem: s.removeItem,
      key: s.key,
      get length() {
        return s.length;
      },
    };
    const again = commitPlan(watched, 'a', { plan, view: DEFAULT_VIEW }, 1, false, 2);
    expect(again).toMatchObject({ ok: true, revision: 1, plans: [{ id: 'a', name: 'Edge', updatedAt: 1 }] });
    expect(writes).toEqual([]);
    // Another plan became current: the same record is not rewritten, only the list says which plan opens.
    commitPlan(s, 'b', { plan: newPlan('2027-01-01', 'Other'), view: DEFAULT_VIEW }, 0, true, 3);
    commitPlan(watched, 'a', { plan, view: DEFAULT_VIEW }, 1, false, 4);
    expect(writes).toEqual(['asa-planner/index']);
    // A changed view is written.
    commitPlan(watched, 'a', { plan, view: { ...DEFAULT_VIEW, asOfDay: 9 } }, 1, false, 5);
    expect(writes).toContain(planKey('a'));
  });
});
