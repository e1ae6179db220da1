// The fleet page's state: the fleet (a name and its plans), the last bulk import's device list,
// the engine's evaluation and refresh (computed in the worker), and the job in progress. It lives
// while the app is open; a fleet is kept by saving its JSON file (not in the browser's storage).
import { create } from 'zustand';
import { MAX_SITE_LENGTH, type BulkDevice, type BulkSource, type FleetEvaluation, type FleetRefresh, type Plan, type Fleet } from '../../../engine/fleet/index';
import { todayIso } from '../../ui/display/dates';
import { runInWorker } from './fleet-client';

export interface FleetJobState {
  label: string;
  done: number;
  total: number;
}

interface FleetState {
  name: string;
  plans: Plan[];
  devices: BulkDevice[];
  evaluation: FleetEvaluation | null;
  refresh: FleetRefresh | null;
  job: FleetJobState | null;
  messages: string[];
  asOfDate: string;
  setName: (name: string) => void;
  importSources: (sources: BulkSource[]) => Promise<void>;
  openFleet: (fleet: Fleet) => Promise<void>;
  setSite: (index: number, site: string) => Promise<void>;
  computeRefresh: () => Promise<void>;
  clear: () => void;
}

let generation = 0;

export const useFleetStore = create<FleetState>()((set, get) => {
  const evaluate = async (plans: Plan[]) => {
    const mine = ++generation;
    set({ job: { label: 'Evaluating the fleet', done: 0, total: plans.length }, refresh: null });
    try {
      const evaluation = await runInWorker({ type: 'evaluate', plans, asOfDate: get().asOfDate }, (done, total) => {
        if (mine === generation) set({ job: { label: 'Evaluating the fleet', done, total } });
      });
      if (mine === generation) set({ evaluation, job: null });
    } catch (err) {
      if (mine === generation) set({ job: null, messages: [`The fleet could not be evaluated: ${err instanceof Error ? err.message : String(err)}`] });
    }
  };
  return {
    name: 'My fleet',
    plans: [],
    devices: [],
    evaluation: null,
    refresh: null,
    job: null,
    messages: [],
    asOfDate: todayIso(),
    setName: (name) => set({ name: name.slice(0, 200) }),
    importSources: async (sources) => {
      set({ job: { label: 'Reading device output', done: 0, total: 1 }, messages: [] });
      try {
        const r = await runInWorker({ type: 'import', sources, startDate: get().asOfDate });
        const added = r.devices.flatMap((d) => (d.plan ? [d.plan] : []));
        const plans = [...get().plans, ...added];
        set({ devices: r.devices, plans, job: null, messages: r.issues.map((i) => i.message) });
        await evaluate(plans);
      } catch (err) {
        set({ job: null, messages: [`The device output could not be read: ${err instanceof Error ? err.message : String(err)}`] });
      }
    },
    openFleet: async (fleet) => {
      set({ name: fleet.name, plans: fleet.plans, devices: [], messages: [] });
      await evaluate(fleet.plans);
    },
    setSite: async (index, site) => {
      const plans = get().plans.slice();
      const plan = plans[index];
      if (!plan) return;
      const text = site.trim().slice(0, MAX_SITE_LENGTH);
      const { site: _old, ...rest } = plan;
      plans[index] = text === '' ? rest : { ...rest, site: text };
      set({ plans });
      await evaluate(plans);
    },
    computeRefresh: async () => {
      const mine = generation;
      const plans = get().plans;
      set({ job: { label: 'Sizing the refresh', done: 0, total: plans.length } });
      try {
        const refresh = await runInWorker({ type: 'refresh', plans }, (done, total) => set({ job: { label: 'Sizing the refresh', done, total } }));
        set({ job: null, ...(mine === generation ? { refresh } : {}) });
      } catch (err) {
        set({ job: null, messages: [`The refresh could not be sized: ${err instanceof Error ? err.message : String(err)}`] });
      }
    },
    clear: () => {
      generation++;
      set({ plans: [], devices: [], evaluation: null, refresh: null, job: null, messages: [] });
    },
  };
});
