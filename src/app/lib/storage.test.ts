import { describe, expect, it } from 'vitest';
import { newPlan } from '../store/new-plan';
import { DEFAULT_VIEW } from '../store/view-state';
import { deleteSavedPlan, loadWorkspace, memoryStorage, savePlan } from './storage';

describe('saved plans', () => {
  it('an empty storage has no plans', () => {
    expect(loadWorkspace(memoryStorage())).toEqual({ currentId: undefined, current: undefined, plans: [], problems: [] });
  });

  it('save, reload, delete', () => {
    const s = memoryStorage();
    savePlan(s, 'a', { plan: newPlan('2027-01-01', 'A'), view: DEFAULT_VIEW }, 1);
    savePlan(s, 'b', { plan: newPlan('2027-01-01', 'B'), view: { ...DEFAULT_VIEW, asOfDay: 9 } }, 2);
    const w = loadWorkspace(s);
    expect(w.currentId).toBe('b');
    expect(w.current?.view.asOfDay).toBe(9);
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
    s.setItem('asa-planner/index', '{{{');
    expect(loadWorkspace(s).plans).toEqual([]);
  });
});
