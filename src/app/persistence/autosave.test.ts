import { describe, expect, it } from 'vitest';
import { memoryStorage, planKey, unsavedKey, type StorageLike } from './storage';
import { STORAGE_FULL_TITLE } from './autosave';
import { createPlanStore, type PlanStore } from '../store/plan-store';

/** One storage shared by several "tabs"; a write in one tab is announced to the others, as the browser's `storage` event does. */
function browser() {
  const data = memoryStorage();
  const listeners = new Map<number, (key: string | null) => void>();
  let tabs = 0;
  let t = 1_000;
  const open = (): PlanStore => {
    const tab = ++tabs;
    const announce = (key: string) => {
      for (const [other, listener] of listeners) if (other !== tab) listener(key);
    };
    const storage: StorageLike = {
      getItem: (k) => data.getItem(k),
      setItem: (k, v) => {
        data.setItem(k, v);
        announce(k);
      },
      removeItem: (k) => {
        data.removeItem(k);
        announce(k);
      },
    };
    return createPlanStore(storage, {
      now: () => (t += 10),
      today: () => '2027-01-01',
      externalChanges: (listener) => {
        listeners.set(tab, listener);
        return () => listeners.delete(tab);
      },
    });
  };
  return { data, open };
}

const name = (store: PlanStore, n: string) => store.getState().dispatch({ type: 'set-plan-name', name: n });

describe('nothing lost: autosave', () => {
  it('every committed edit is in storage at once, with no flush: a killed tab loses nothing', () => {
    const { data, open } = browser();
    const tab = open();
    for (const n of ['H', 'HQ', 'HQ e', 'HQ edge']) name(tab, n);
    // The tab is gone without any unload handler: a new one reads the same storage.
    expect(open().getState().plan.name).toBe('HQ edge');
    expect(data.getItem(planKey(tab.getState().planId))).toContain('"name":"HQ edge"');
  });
});

describe('nothing lost: two tabs on one plan', () => {
  function twoTabs() {
    const b = browser();
    const a = b.open();
    name(a, 'Edge');
    const other = b.open();
    expect(other.getState().planId).toBe(a.getState().planId);
    return { ...b, a, b: other, id: a.getState().planId };
  }

  it('an edit in one tab shows a conflict in the other, which then writes nothing', () => {
    const { data, a, b, id } = twoTabs();
    name(a, 'Edge (A)');
    expect(b.getState().conflict).toMatchObject({ name: 'Edge' });
    const stored = data.getItem(planKey(id));
    name(b, 'Edge (B)');
    b.getState().setView({ asOfDay: 30 });
    expect(data.getItem(planKey(id))).toBe(stored);
    expect(a.getState().conflict).toBeNull();
    // B's edits wait in the side slot, so closing B now would lose nothing.
    expect(data.getItem(unsavedKey(id))).toContain('Edge (B)');
  });

  it('a write that races the storage event is refused too (the revision is checked at every write)', () => {
    const b = browser();
    const a = b.open();
    name(a, 'Edge');
    const second = b.open();
    // A writes while B's event listener is deaf (a late event): B finds the newer revision when it writes.
    const id = a.getState().planId;
    const deaf = createPlanStore({ getItem: (k) => b.data.getItem(k), setItem: (k, v) => b.data.setItem(k, v), removeItem: (k) => b.data.removeItem(k) }, { today: () => '2027-01-01' });
    expect(deaf.getState().planId).toBe(id);
    name(a, 'Edge (A)');
    name(deaf, 'Edge (late)');
    expect(deaf.getState().conflict).not.toBeNull();
    expect(b.data.getItem(planKey(id))).toContain('Edge (A)');
    expect(second.getState().conflict).not.toBeNull();
  });

  it('“Load theirs” shows the other tab’s plan; undo brings mine back and saves it as a newer revision', () => {
    const { a, b } = twoTabs();
    name(b, 'Edge (B draft)');
    expect(a.getState().conflict).not.toBeNull();
    a.getState().resolveConflict('load-theirs');
    expect(a.getState().conflict).toBeNull();
    expect(a.getState().plan.name).toBe('Edge (B draft)');
    expect(a.getState().notice?.title).toMatch(/Loaded the version saved in the other tab/);
    name(a, 'Edge (A after)');
    expect(b.getState().conflict).not.toBeNull();
  });

  it('“Keep mine as a copy” saves mine under a new plan; theirs stays', () => {
    const { a, b, id, data } = twoTabs();
    name(a, 'Edge (A)');
    name(b, 'Edge (B)');
    b.getState().resolveConflict('keep-mine-as-copy');
    const s = b.getState();
    expect(s.conflict).toBeNull();
    expect(s.planId).not.toBe(id);
    expect(s.plan.name).toBe('Edge (B) (my copy)');
    expect(s.savedPlans.map((p) => p.name).sort()).toEqual(['Edge (A)', 'Edge (B) (my copy)']);
    expect(data.getItem(planKey(id))).toContain('"name":"Edge (A)"');
    expect(data.getItem(unsavedKey(id))).toBeNull();
    expect(
      a
        .getState()
        .savedPlans.map((p) => p.name)
        .sort(),
    ).toEqual(['Edge (A)', 'Edge (B) (my copy)']);
  });

  it('opening another plan while in conflict saves my edits as a copy instead of dropping them', () => {
    const { a, b, id } = twoTabs();
    name(a, 'Edge (A)');
    name(b, 'Edge (B)');
    b.getState().createPlan();
    expect(b.getState().savedPlans.map((p) => p.name)).toContain('Edge (B) (my copy)');
    expect(b.getState().notice?.title).toMatch(/saved as “Edge \(B\) \(my copy\)”/);
    expect(b.getState().conflict).toBeNull();
    expect(a.getState().planId).toBe(id);
  });

  it('view-only changes in another tab do not raise a conflict', () => {
    const { a, b } = twoTabs();
    b.getState().setView({ asOfDay: 50 });
    expect(a.getState().conflict).toBeNull();
    name(a, 'Edge 2');
    expect(a.getState().conflict).toBeNull();
    expect(b.getState().conflict).not.toBeNull();
  });

  it('plans created in another tab appear in the list', () => {
    const { a, b } = twoTabs();
    a.getState().createPlan();
    name(a, 'Branch office');
    expect(b.getState().savedPlans.map((p) => p.name)).toContain('Branch office');
    expect(b.getState().conflict).toBeNull();
  });
});

describe('nothing lost: two tabs that save in the same instant', () => {
  /** Each tab reads its own copy of storage; writes reach the other tabs (and their storage events) only on flush. */
  function laggingBrowser() {
    const caches: Map<string, string>[] = [];
    const listeners: ((key: string | null) => void)[] = [];
    const queue: { from: number; key: string; value: string }[] = [];
    let t = 1_000;
    const open = (): PlanStore => {
      const tab = caches.length;
      const cache = new Map(caches[0] ?? []);
      caches.push(cache);
      const storage: StorageLike = {
        getItem: (k) => cache.get(k) ?? null,
        setItem: (k, v) => {
          cache.set(k, v);
          queue.push({ from: tab, key: k, value: v });
        },
        removeItem: (k) => {
          cache.delete(k);
        },
      };
      return createPlanStore(storage, {
        now: () => (t += 10),
        today: () => '2027-01-01',
        externalChanges: (listener) => {
          listeners[tab] = listener;
          return () => undefined;
        },
      });
    };
    const flush = () => {
      while (queue.length > 0) {
        const w = queue.shift()!;
        caches.forEach((cache, tab) => {
          if (tab === w.from) return;
          cache.set(w.key, w.value);
          listeners[tab]?.(w.key);
        });
      }
    };
    /** The names of the plan records a tab's storage holds (the plan list may lag: both tabs rewrote it). */
    const recordNames = (tab: number) => [...(caches[tab] ?? [])].filter(([k]) => k.startsWith(planKey(''))).map(([, v]) => (JSON.parse(v) as { plan: { name: string } }).plan.name);
    return { open, flush, recordNames };
  }

  it('both tabs are told; neither edit is lost silently', () => {
    const b = laggingBrowser();
    const a = b.open();
    name(a, 'Edge');
    b.flush();
    const other = b.open();
    expect(other.getState().plan.name).toBe('Edge');
    name(a, 'Edge A');
    name(other, 'Edge B');
    b.flush();
    expect(a.getState().conflict).not.toBeNull();
    expect(other.getState().conflict).not.toBeNull();
  });

  it('a tab whose same-instant write was replaced sets its edit aside as a copy before the banner shows', () => {
    const b = laggingBrowser();
    const a = b.open();
    name(a, 'Edge');
    b.flush();
    const other = b.open();
    name(a, 'Edge A');
    name(other, 'Edge B');
    b.flush();
    b.flush();
    // Both edits are in storage now, whichever write won: one as the plan, each as a copy.
    expect(b.recordNames(0)).toEqual(expect.arrayContaining(['Edge A (my copy)', 'Edge B (my copy)']));
    expect(b.recordNames(1)).toEqual(expect.arrayContaining(['Edge A (my copy)', 'Edge B (my copy)']));
    expect(a.getState().notice?.title).toBe('Another tab saved this plan in the same instant; your edit is kept as “Edge A (my copy)”');
    // "Keep mine as a copy" goes on in that copy: no second copy is made.
    a.getState().resolveConflict('keep-mine-as-copy');
    expect(a.getState().plan.name).toBe('Edge A (my copy)');
    b.flush();
    expect(b.recordNames(0).filter((n) => n.startsWith('Edge A')).length).toBe(1);
  });
});

describe('nothing lost: a full storage', () => {
  function fullStorage() {
    const inner = memoryStorage();
    let full = false;
    const storage: StorageLike = {
      getItem: (k) => inner.getItem(k),
      removeItem: (k) => inner.removeItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.setItem(k, v);
      },
    };
    return { inner, storage, fill: (on: boolean) => void (full = on) };
  }

  it('tells the user, offers the export, keeps the plan in memory and recovers when space returns', () => {
    const { inner, storage, fill } = fullStorage();
    const store = createPlanStore(storage, { today: () => '2027-01-01' });
    name(store, 'saved');
    fill(true);
    name(store, 'not saved yet');
    const notice = store.getState().notice;
    expect(notice).toMatchObject({ kind: 'error', title: STORAGE_FULL_TITLE, action: 'export-plan' });
    expect(notice?.messages[0]).toMatch(/Export the plan/);
    expect(store.getState().plan.name).toBe('not saved yet');
    store.getState().dispatch({ type: 'set-horizon', days: 365 });
    expect(store.getState().plan).toMatchObject({ name: 'not saved yet', horizonDays: 365 });
    expect(inner.getItem(planKey(store.getState().planId))).toContain('"name":"saved"');
    fill(false);
    name(store, 'saved again');
    expect(store.getState().notice?.title).toMatch(/Saving works again/);
    expect(createPlanStore(inner).getState().plan).toMatchObject({ name: 'saved again', horizonDays: 365 });
  });

  it('a storage full from the start still opens a plan and says so', () => {
    const { storage, fill } = fullStorage();
    fill(true);
    const store = createPlanStore(storage, { today: () => '2027-01-01' });
    expect(store.getState().notice?.title).toBe(STORAGE_FULL_TITLE);
    expect(store.getState().plan.deployment.units).toHaveLength(1);
  });
});
