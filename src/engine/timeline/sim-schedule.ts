// The PAK simulation's schedule: every action the plan fixes in advance (installs, permanent keys,
// activations, power and link changes), in the order they run: by day, then by rank (the order of
// kinds on one day), then in the order they were made.
import type { TierSpec } from '../catalog/types';
import type { PlanEvent } from '../plan/schema';
import type { FeatureValue } from '../types';
import { graceEndDay } from '../rules/link-loss';
import type { SimKey, SimUnit } from './sim-types';

/**
 * The kinds of action on one day, first to last: link changes, then powering on, then keys
 * (installs, permanent keys), then activations, then powering off. A rank is an index in this list.
 */
export const RANK_ORDER = ['link', 'power-on', 'key', 'activation', 'power-off'] as const;
/** An index in RANK_ORDER (0 | 1 | … | RANK_ORDER.length − 1): by its type, every rank is below RANK_COUNT. */
export type Rank = Exclude<Partial<typeof RANK_ORDER>['length'], (typeof RANK_ORDER)['length']>;
export const RANK_COUNT: (typeof RANK_ORDER)['length'] = RANK_ORDER.length;
/** The rank of a kind, checked by the compiler against RANK_ORDER. */
const rank = <R extends Rank>(r: R, _name: (typeof RANK_ORDER)[R]): R => r;
const LINK = rank(0, 'link');
const POWER_ON = rank(1, 'power-on');
const KEY = rank(2, 'key');
const ACTIVATION = rank(3, 'activation');
const POWER_OFF = rank(4, 'power-off');

/*
 * V8 hidden classes: every action, whatever its kind, has every field (those its kind does not use
 * hold null, -1, '' or 0), listed in one order in each maker below, so all actions share one hidden
 * class and the sort and the dispatch, which read every action, stay monomorphic.
 */
interface ActionFields {
  day: number;
  rank: Rank;
  key: SimKey | null;
  unit: number;
  tier: TierSpec | null;
  features: Record<string, FeatureValue> | null;
  keyId: string;
  path: string;
  days: number;
}
export type InstallAction = ActionFields & { kind: 'install'; key: SimKey };
export type PermanentKeyAction = ActionFields & { kind: 'permanent-key'; tier: TierSpec; features: Record<string, FeatureValue> };
export type ActivationAction = ActionFields & { kind: 'activate' | 'deactivate' };
export type PowerAction = ActionFields & { kind: 'power-off' | 'power-on' };
export type LinkAction = ActionFields & { kind: 'link-down' | 'link-grace-end' | 'link-restored' };
export type Action = InstallAction | PermanentKeyAction | ActivationAction | PowerAction | LinkAction;

const installAction = (key: SimKey): InstallAction => ({ day: key.installDay, rank: KEY, kind: 'install', key, unit: -1, tier: null, features: null, keyId: '', path: '', days: 0 });
const permanentKeyAction = (day: number, unit: number, tier: TierSpec, features: Record<string, FeatureValue>): PermanentKeyAction => ({
  day,
  rank: KEY,
  kind: 'permanent-key',
  key: null,
  unit,
  tier,
  features,
  keyId: '',
  path: '',
  days: 0,
});
const activationAction = (day: number, kind: ActivationAction['kind'], unit: number, keyId: string, path: string): ActivationAction => ({
  day,
  rank: ACTIVATION,
  kind,
  key: null,
  unit,
  tier: null,
  features: null,
  keyId,
  path,
  days: 0,
});
const powerAction = (day: number, kind: PowerAction['kind'], unit: number, days: number): PowerAction => ({
  day,
  rank: kind === 'power-on' ? POWER_ON : POWER_OFF,
  kind,
  key: null,
  unit,
  tier: null,
  features: null,
  keyId: '',
  path: '',
  days,
});
const linkAction = (day: number, kind: LinkAction['kind'], days: number): LinkAction => ({ day, rank: LINK, kind, key: null, unit: -1, tier: null, features: null, keyId: '', path: '', days });

/** The plan's actions, in the order they run. Link changes only where the units combine their licenses. */
export function buildSchedule(units: readonly SimUnit[], events: readonly PlanEvent[], combined: boolean): Action[] {
  const actions: Action[] = [];
  units.forEach((unit, ui) => {
    for (const k of unit.simKeys) actions.push(installAction(k));
    for (const pk of unit.permanentKeys ?? []) actions.push(permanentKeyAction(pk.day, ui, pk.tier, pk.features));
  });
  const unitIndexById = new Map(units.map((u, i) => [u.id, i]));
  events.forEach((event, i) => {
    const path = `events[${i}]`;
    if (event.type === 'link-down') {
      if (!combined) return;
      actions.push(linkAction(event.day, 'link-down', event.days));
      const graceEnd = graceEndDay(event.day, event.days);
      if (graceEnd !== null) actions.push(linkAction(graceEnd, 'link-grace-end', event.days));
      actions.push(linkAction(event.day + event.days, 'link-restored', event.days));
      return;
    }
    const unit = unitIndexById.get(event.unit);
    if (unit === undefined) return;
    if (event.type === 'power-off') {
      actions.push(powerAction(event.day, 'power-off', unit, event.days));
      actions.push(powerAction(event.day + event.days, 'power-on', unit, event.days));
    } else if (event.type === 'activate' || event.type === 'deactivate') {
      actions.push(activationAction(event.day, event.type, unit, event.key, path));
    }
  });
  sortActions(actions);
  return actions;
}

/** Day and rank as one number, times this, plus the action's position: plain numbers sort in the order the actions must run. */
const ACTION_SLOTS = 2 ** 20;

/** Puts the actions in order by day, then rank, then the order they were made (what a stable sort by day and rank gives). */
export function sortActions(actions: Action[]): void {
  let minDay = 0;
  let maxDay = 0;
  for (const a of actions) {
    if (a.day < minDay) minDay = a.day;
    if (a.day > maxDay) maxDay = a.day;
  }
  // The packed numbers must be exact integers from which the position can be read back: not below
  // zero, under 2^53, and no more actions than slots. (Array.prototype.sort is stable.)
  if (minDay < 0 || !Number.isSafeInteger((maxDay + 1) * RANK_COUNT * ACTION_SLOTS) || actions.length >= ACTION_SLOTS) {
    actions.sort((a, b) => a.day - b.day || a.rank - b.rank);
    return;
  }
  const order = new Float64Array(actions.length);
  for (let i = 0; i < actions.length; i++) order[i] = (actions[i]!.day * RANK_COUNT + actions[i]!.rank) * ACTION_SLOTS + i;
  // A typed array sorts by number, with no comparison callback.
  order.sort();
  const made = actions.slice();
  for (let i = 0; i < order.length; i++) actions[i] = made[order[i]! % ACTION_SLOTS]!;
}
