import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { fewestContextPacks } from './context-packs';

const packs = (id: keyof typeof SMART_MODELS) => SMART_MODELS[id].contexts?.packs ?? [];

describe('fewest context packs that reach the request, at most one small pack over (001 §"License PIDs": packs are additive)', () => {
  it.each([
    [
      'fpr-2110',
      23,
      [
        [10, 2],
        [5, 1],
      ],
      25,
    ],
    ['fpr-2110', 20, [[10, 2]], 20],
    ['fpr-2110', 3, [[5, 1]], 5],
    [
      'fpr-2110',
      15,
      [
        [10, 1],
        [5, 1],
      ],
      15,
    ],
    [
      'fpr-2110',
      21,
      [
        [10, 2],
        [5, 1],
      ],
      25,
    ],
    ['fpr-1140', 8, [[10, 1]], 10],
    ['fpr-3130', 98, [[10, 10]], 100],
    [
      'fpr-3130',
      94,
      [
        [10, 9],
        [5, 1],
      ],
      95,
    ],
    ['fpr-4112', 240, [[250, 1]], 250],
    ['fpr-4112', 250, [[250, 1]], 250],
    ['fpr-4112', 245, [[250, 1]], 250],
    ['fpr-4112', 230, [[230, 1]], 230],
    ['fpr-4112', 220, [[230, 1]], 230],
    ['fpr-4112', 20, [[10, 2]], 20],
    [
      'fpr-4112',
      235,
      [
        [230, 1],
        [10, 1],
      ],
      240,
    ],
    ['fpr-9300-sm-44', 20, [[10, 2]], 20],
    ['fpr-9300-sm-44', 240, [[10, 24]], 240],
  ] as const)('%s: %i contexts → %j (total %i)', (id, needed, expected, total) => {
    const choice = fewestContextPacks(packs(id), needed);
    expect(choice.packs.map((p) => [p.contexts, p.count])).toEqual(expected);
    expect(choice.total).toBe(total);
    expect(choice.packCount).toBe(expected.reduce((s, [, n]) => s + n, 0));
  });

  it('nothing for zero', () => {
    expect(fewestContextPacks(packs('fpr-2110'), 0)).toEqual({ packs: [], total: 0, packCount: 0 });
  });
});
