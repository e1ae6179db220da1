// A returning visit opens a sealed saved plan before the engine has loaded (src/main.tsx): here the
// engine is never loaded, and any call to it fails the test.
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../engine/index';
import { newPlan } from './new-plan';
import { DEFAULT_VIEW } from './view-state';

vi.mock('../engine-loader/engine-runtime', () => ({
  engineLoaded: () => false,
  engine: () => {
    throw new Error('the engine was called before it loaded');
  },
  loadEngine: () => new Promise(() => {}),
  whenEngineLoaded: () => {},
}));

const { openSealedRecord, RECORD_SEAL, textHash } = await import('../persistence/sealed-record');
const { memoryStorage, planKey } = await import('../persistence/storage');
const { loadWorkspace, workspaceReadsWithoutEngine } = await import('../persistence/workspace');
const { createPlanStore } = await import('./plan-store');

/** A record as this build seals it (newPlan's plan and the default view read back unchanged: sealed-record.test.ts). */
function sealed(revision: number, plan: Plan): string {
  const body = JSON.stringify({ plan, view: DEFAULT_VIEW }).slice(1);
  return `{"version":2,"revision":${revision},"seal":"${RECORD_SEAL}:${textHash(body)}",${body}`;
}

function storageWith(plan: Plan) {
  const s = memoryStorage();
  s.setItem('asa-planner/index', JSON.stringify({ currentId: 'p1', plans: [{ id: 'p1', name: plan.name, updatedAt: 1 }] }));
  s.setItem(planKey('p1'), sealed(6, plan));
  return s;
}

describe('without the engine', () => {
  it('the workspace loads from a sealed record', () => {
    const s = storageWith(newPlan('2027-01-01', 'Renewal'));
    expect(workspaceReadsWithoutEngine(s)).toBe(true);
    expect(loadWorkspace(s)).toMatchObject({ currentId: 'p1', problems: [], notes: [], current: { revision: 6, plan: { name: 'Renewal' } } });
  });

  it('the store opens, autosaves it sealed again, and an edit is saved (unsealed until the engine can check it)', () => {
    const s = storageWith(newPlan('2027-01-01', 'Renewal'));
    const store = createPlanStore(s, { now: () => 5 });
    expect(store.getState()).toMatchObject({ planId: 'p1', notice: null, plan: { name: 'Renewal' } });
    expect(openSealedRecord(s.getItem(planKey('p1')), 2)).toMatchObject({ revision: 6, plan: { name: 'Renewal' } });
    expect(store.getState().dispatch({ type: 'set-plan-name', name: 'Renewal 2028' })).toEqual([]);
    const text = s.getItem(planKey('p1'))!;
    expect(openSealedRecord(text, 2)).toBeUndefined();
    expect(JSON.parse(text)).toMatchObject({ version: 2, revision: 7, plan: { name: 'Renewal 2028' } });
  });
});
