import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../persistence/storage';
import { encodeShare } from '../persistence/share-link';
import { createPlanStore } from './plan-store';
import { DEFAULT_VIEW } from './view-state';

function setup() {
  let t = 1_000;
  const storage = memoryStorage();
  const store = createPlanStore(storage, { now: () => (t += 10), today: () => '2027-01-01' });
  return { storage, store };
}

describe('plan store', () => {
  it('starts with a one-unit plan and saves it at once', () => {
    const { storage, store } = setup();
    expect(store.getState().plan.deployment.units).toHaveLength(1);
    expect(store.getState().plan.startDate).toBe('2027-01-01');
    expect([...storage.data.keys()].some((k) => k.includes('/plan/'))).toBe(true);
  });

  it('undoes and redoes commands; view changes are not undo steps', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch({ type: 'set-unit-model', unit: 0, model: 'asa-5545-x' });
    s().setView({ asOfDay: 100 });
    s().dispatch({ type: 'set-deployment-mode', mode: 'failover' });
    expect(s().plan.deployment.units).toHaveLength(2);
    s().undo();
    expect(s().plan.deployment.units).toHaveLength(1);
    expect(s().view.asOfDay).toBe(100);
    s().undo();
    expect(s().plan.deployment.units[0]?.model).toBe('asa-5506-x');
    s().redo();
    s().redo();
    expect(s().plan.deployment.units).toHaveLength(2);
  });

  it('typing in one field makes one undo step', () => {
    const { store } = setup();
    const s = () => store.getState();
    for (const name of ['H', 'HQ', 'HQ ', 'HQ pair']) s().dispatch({ type: 'set-plan-name', name });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s().undo();
    expect(s().plan.name).toBe('Untitled plan');
  });

  it('shared licensing edits undo step by step; an id the plan format rejects is refused with its message', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch({ type: 'sc-enable' });
    s().dispatch({ type: 'sc-shared-enable' });
    for (const pool of [1, 12, 120]) s().dispatch({ type: 'sc-shared-patch', patch: { pool } });
    s().dispatch({ type: 'sc-shared-add-participant', id: 'branch-1' });
    expect(s().dispatch({ type: 'sc-shared-patch-participant', index: 0, patch: { id: 'not an id' } })).not.toEqual([]);
    expect(s().plan.secureClient?.shared?.participants[0]?.id).toBe('branch-1');
    s().undo();
    expect(s().plan.secureClient?.shared?.participants).toEqual([]);
    expect(s().plan.secureClient?.shared?.pool).toBe(120);
    s().undo();
    expect(s().plan.secureClient?.shared?.pool).toBe(500);
    s().undo();
    expect(s().plan.secureClient?.shared).toBeUndefined();
    s().redo();
    expect(s().plan.secureClient?.shared?.server.primary).toBe('fw-a');
  });

  it('a reload (a new store on the same storage) finds the plan and the view', () => {
    const { storage, store } = setup();
    store.getState().dispatch({ type: 'set-plan-name', name: 'HQ edge pair' });
    store.getState().setView({ asOfDay: 42, filterText: 'vpn' });
    const again = createPlanStore(storage);
    expect(again.getState().plan.name).toBe('HQ edge pair');
    expect(again.getState().view).toMatchObject({ asOfDay: 42, filterText: 'vpn' });
  });

  it('keeps several named plans and switches between them', () => {
    const { storage, store } = setup();
    const s = () => store.getState();
    s().dispatch({ type: 'set-plan-name', name: 'first' });
    const firstId = s().planId;
    s().createPlan();
    s().dispatch({ type: 'set-plan-name', name: 'second' });
    expect(s().savedPlans.map((p) => p.name)).toEqual(['first', 'second']);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s().openPlan(firstId);
    expect(s().plan.name).toBe('first');
    expect(createPlanStore(storage).getState().plan.name).toBe('first');
    s().deletePlan(firstId);
    expect(s().plan.name).toBe('second');
    expect(s().savedPlans.map((p) => p.name)).toEqual(['second']);
  });

  it('a bad import shows the engine’s messages and keeps the current plan', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch({ type: 'set-plan-name', name: 'keep me' });
    expect(s().importPlanText('{"format":"asa-license-plan/1","startDate":"2027-02-30","deployment":{"units":[]}}', 'bad.json')).toBe(false);
    expect(s().plan.name).toBe('keep me');
    expect(s().notice?.kind).toBe('error');
    expect(s().notice?.messages.join('\n')).toMatch(/startDate/);
    expect(s().importPlanText('not json', 'x.json')).toBe(false);
    expect(s().notice?.messages[0]).toMatch(/not JSON/);
  });

  it('a good import opens as a new saved plan', () => {
    const { store } = setup();
    const s = () => store.getState();
    const before = s().planId;
    const plan = { ...s().plan, name: 'imported' };
    expect(s().importPlanText(JSON.stringify(plan), 'p.json')).toBe(true);
    expect(s().plan.name).toBe('imported');
    expect(s().planId).not.toBe(before);
    // The blank plan the page started with, never edited, is replaced rather than left beside it.
    expect(s().savedPlans.map((p) => p.name)).toEqual(['imported']);
    // A plan that was edited is kept.
    s().dispatch({ type: 'set-plan-name', name: 'edited' });
    expect(s().importPlanText(JSON.stringify({ ...plan, name: 'second import' }), 'q.json')).toBe(true);
    expect(
      s()
        .savedPlans.map((p) => p.name)
        .sort(),
    ).toEqual(['edited', 'second import']);
  });

  it('a blank plan that was edited, or opened from storage, is not replaced by a link', () => {
    const { storage, store } = setup();
    store.getState().dispatch({ type: 'set-plan-name', name: 'mine' });
    store.getState().openShareFragment(encodeShare({ ...store.getState().plan, name: 'shared' }, DEFAULT_VIEW));
    expect(
      store
        .getState()
        .savedPlans.map((p) => p.name)
        .sort(),
    ).toEqual(['mine', 'shared']);
    // A reload opens the last plan from storage; a link then adds to the list.
    const again = createPlanStore(storage, { today: () => '2027-01-01' });
    again.getState().openShareFragment(encodeShare({ ...again.getState().plan, name: 'shared twice' }, DEFAULT_VIEW));
    expect(
      again
        .getState()
        .savedPlans.map((p) => p.name)
        .sort(),
    ).toEqual(['mine', 'shared', 'shared twice']);
  });

  it('opens a share fragment with its view; a damaged one changes nothing', () => {
    const { store } = setup();
    const s = () => store.getState();
    const plan = { ...s().plan, name: 'shared' };
    expect(s().openShareFragment(encodeShare(plan, { ...DEFAULT_VIEW, asOfDay: 77 }))).toBe(true);
    expect(s().plan.name).toBe('shared');
    expect(s().view.asOfDay).toBe(77);
    expect(s().openShareFragment('#share=garbage!!')).toBe(false);
    expect(s().plan.name).toBe('shared');
    expect(s().openShareFragment('#other')).toBe(false);
  });

  it('a share link opened with saveAfter is saved when told, or at once by an edit in between', () => {
    const { storage, store } = setup();
    const s = () => store.getState();
    const stored = (id: string) => [...storage.data.entries()].find(([k]) => k.endsWith(`/plan/${id}`))?.[1];
    let save: (() => void) | undefined;
    expect(s().openShareFragment(encodeShare({ ...s().plan, name: 'shared later' }, DEFAULT_VIEW), { saveAfter: (go) => (save = go) })).toBe(true);
    const id = s().planId;
    expect(s().plan.name).toBe('shared later');
    expect(stored(id)).toBeUndefined();
    save?.();
    expect(stored(id)).toContain('"name":"shared later"');

    // An edit before the put-off save writes at once, with the opened plan; the later save changes nothing.
    let late: (() => void) | undefined;
    s().openShareFragment(encodeShare({ ...s().plan, name: 'shared then edited' }, DEFAULT_VIEW), { saveAfter: (go) => (late = go) });
    const second = s().planId;
    expect(stored(second)).toBeUndefined();
    s().setView({ asOfDay: 5 });
    const text = stored(second);
    expect(text).toContain('"name":"shared then edited"');
    late?.();
    expect(stored(second)).toBe(text);
    // Later changes are written at once again.
    s().setView({ asOfDay: 6 });
    expect(stored(second)).not.toBe(text);

    // Opening another plan while the save is put off saves the opened one first.
    let never: (() => void) | undefined;
    s().openShareFragment(encodeShare({ ...s().plan, name: 'shared then left' }, DEFAULT_VIEW), { saveAfter: (go) => (never = go) });
    const third = s().planId;
    s().createPlan();
    expect(stored(third)).toContain('"name":"shared then left"');
    expect(s().savedPlans.map((p) => p.name)).toContain('shared then left');
    expect(never).toBeDefined();

    // A damaged link never asks for a save.
    let asked = false;
    expect(s().openShareFragment('#share=garbage!!', { saveAfter: () => (asked = true) })).toBe(false);
    expect(asked).toBe(false);
  });
});

describe('plan store guards', () => {
  it('refuses an edit that would make the plan unreadable, with the engine’s message', () => {
    const { store } = createFresh();
    const errors = store.getState().dispatch({ type: 'rename-unit', unit: 0, id: 'bad id!' });
    expect(errors.join(' ')).toMatch(/deployment\.units\[0\]\.id/);
    expect(store.getState().plan.deployment.units[0]?.id).toBe('fw-a');
    expect(store.getState().dispatch({ type: 'rename-unit', unit: 0, id: 'hq-1' })).toEqual([]);
  });
});

function createFresh() {
  return { store: createPlanStore(memoryStorage(), { today: () => '2027-01-01' }) };
}
