// Exports and share links carry the plan (and, for a link, the view), nothing else: not the
// list of saved plans, not the undo history, not anything else in this browser's storage.
import { decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createPlanStore } from '../store/plan-store';
import { planToJson } from './plan-io';
import { encodeShare } from './share-link';
import { memoryStorage } from './storage';

function busyBrowser() {
  const storage = memoryStorage();
  storage.setItem('unrelated-app/token', 'SECRET-TOKEN');
  const store = createPlanStore(storage, { today: () => '2027-01-01' });
  const s = () => store.getState();
  s().dispatch({ type: 'set-plan-name', name: 'Other saved plan' });
  s().createPlan();
  s().dispatch({ type: 'set-plan-name', name: 'Old draft name' });
  s().dispatch({ type: 'set-deployment-mode', mode: 'failover' });
  s().dispatch({ type: 'set-plan-name', name: 'HQ edge pair' });
  s().setView({ asOfDay: 120, filterText: 'vpn' });
  expect(store.temporal.getState().pastStates.length).toBeGreaterThan(0);
  expect(s().savedPlans).toHaveLength(2);
  return s();
}

const LEAKS = ['Other saved plan', 'Old draft name', 'SECRET-TOKEN', 'asa-planner/', 'savedPlans', 'pastStates', 'futureStates', 'revision', 'notice'];

describe('what leaves the app', () => {
  it('an exported file is exactly the plan', () => {
    const state = busyBrowser();
    const text = planToJson(state.plan);
    expect(JSON.parse(text)).toEqual(state.plan);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(Object.keys(state.plan).sort());
    for (const leak of LEAKS) expect(text).not.toContain(leak);
  });

  it('a share link is exactly the plan and the view', () => {
    const state = busyBrowser();
    const json = decompressFromEncodedURIComponent(encodeShare(state.plan, state.view).slice('#share='.length));
    const payload = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['plan', 'v', 'view']);
    expect(payload.plan).toEqual(state.plan);
    expect(payload.view).toEqual(state.view);
    for (const leak of LEAKS) expect(json).not.toContain(leak);
  });
});
