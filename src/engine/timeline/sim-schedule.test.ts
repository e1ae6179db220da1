// The order of the simulation's actions: by day, then by rank, then as made.
import { describe, expect, it } from 'vitest';
import { RANK_COUNT, RANK_ORDER, sortActions, type Action, type Rank } from './sim-schedule';

const act = (day: number, rank: Rank, kind: Action['kind'], days: number): Action => ({ day, rank, kind, key: null, unit: 0, tier: null, features: null, keyId: '', path: '', days }) as Action;

describe('the schedule', () => {
  it('ranks are the indices of RANK_ORDER, and the sort key multiplies by their number', () => {
    expect(RANK_COUNT).toBe(RANK_ORDER.length);
    expect(RANK_ORDER).toEqual(['link', 'power-on', 'key', 'activation', 'power-off']);
  });

  it('sorts by day, then rank, then the order the actions were made, with packed numbers or (past 2^53) a comparison', () => {
    const made = (base: number): Action[] => [
      act(base + 3, 4, 'power-off', 1),
      act(base + 3, 0, 'link-down', 2),
      act(base + 1, 3, 'activate', 3),
      act(base + 3, 0, 'link-restored', 4),
      act(base + 1, 1, 'power-on', 5),
      act(base, 4, 'power-off', 6),
    ];
    const expected = [6, 5, 3, 2, 4, 1];
    for (const base of [0, 2 ** 40]) {
      const actions = made(base);
      sortActions(actions);
      expect(actions.map((a) => a.days)).toEqual(expected);
    }
  });
});
