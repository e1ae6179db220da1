// Hostile input through the app's doors (import, share link): a clear message, and the plan
// being edited stays as it was. No wall-clock bound here (the suite must pass on a machine twice
// as slow): that the work is bounded shows in the message, which preflight gives on its first
// pass over the limit, before the schema runs.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportFile } from '../persistence/import-file';
import { memoryStorage } from '../persistence/storage';
import { createPlanStore } from './plan-store';
import { newPlan } from './new-plan';

function editing() {
  const store = createPlanStore(memoryStorage(), { today: () => '2027-01-01' });
  store.getState().dispatch({ type: 'set-plan-name', name: 'keep me' });
  const before = store.getState().plan;
  const importText = (text: string) => {
    const ok = store.getState().importPlanText(text, '“hostile.json”');
    return { ok };
  };
  return { store, before, importText };
}

describe('hostile input in the app', () => {
  it('a 10 MB plan file', () => {
    const { store, before, importText } = editing();
    const text = JSON.stringify({ ...newPlan('2027-01-01'), name: 'x'.repeat(10 * 1024 * 1024) });
    expect(text.length).toBeGreaterThan(10_000_000);
    const r = importText(text);
    expect(r.ok).toBe(false);
    expect(store.getState().notice?.title).toMatch(/was not imported; your current plan is unchanged/);
    expect(store.getState().notice?.messages[0]).toMatch(/longer than 10000/);
    expect(store.getState().plan).toBe(before);
  });

  it('a plan with a million keys', () => {
    const { store, before, importText } = editing();
    const features = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`f${i}`, 1]));
    const p = newPlan('2027-01-01');
    const text = JSON.stringify({ ...p, deployment: { ...p.deployment, units: [{ ...p.deployment.units[0], permanent: { tier: 'base', features } }] } });
    const r = importText(text);
    expect(r.ok).toBe(false);
    expect(store.getState().notice?.messages[0]).toMatch(/more than 1000000 values/);
    expect(store.getState().plan).toBe(before);
  });

  it('deeply nested JSON', () => {
    const { store, before, importText } = editing();
    const depth = 200_000;
    const r = importText(`{"format":"asa-license-plan/1","name":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(r.ok).toBe(false);
    expect(store.getState().notice?.messages[0]).toMatch(/nested deeper than 24 levels/);
    expect(store.getState().plan).toBe(before);
  });

  it('a 10 MB share link', () => {
    const { store, before } = editing();
    expect(store.getState().openShareFragment(`#share=${'A'.repeat(10 * 1024 * 1024)}`)).toBe(false);
    expect(store.getState().notice?.title).toMatch(/shared link could not be opened; your current plan is unchanged/);
    expect(store.getState().notice?.messages[0]).toMatch(/too long/);
    expect(store.getState().plan).toBe(before);
  });

  it('a file over the size cap is refused before it is read', async () => {
    let read = false;
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text: async () => ((read = true), '') };
    const r = await readImportFile(huge);
    expect(read).toBe(false);
    expect(r).toEqual({ ok: false, title: '“huge.json” was not imported; your current plan is unchanged', messages: ['The file is 32 MB; a plan file is at most 32 MB (a real plan is a few KB).'] });
    const small = await readImportFile({ name: 'p.json', size: 2, text: async () => '{}' });
    expect(small).toEqual({ ok: true, text: '{}', source: '“p.json”' });
    const broken = await readImportFile({ name: 'p.json', size: 2, text: async () => Promise.reject(new Error('NotReadableError')) });
    expect(broken).toMatchObject({ ok: false, messages: ['The file could not be read: NotReadableError'] });
  });

  it('the cap is the command line’s', async () => {
    const { MAX_PLAN_BYTES } = await import('../../cli/run-cli');
    expect(MAX_IMPORT_BYTES).toBe(MAX_PLAN_BYTES);
  });
});
