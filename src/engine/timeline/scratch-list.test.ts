import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScratchList } from './scratch-list';

const contents = <T>(list: ScratchList<T>): T[] => Array.from({ length: list.size }, (_, i) => list.get(i));

describe('ScratchList', () => {
  it('holds what was pushed since the last clear, in order', () => {
    const list = new ScratchList<string>();
    list.push('a');
    list.push('b');
    expect(contents(list)).toEqual(['a', 'b']);
    list.clear();
    expect(list.size).toBe(0);
    list.push('c');
    expect(contents(list)).toEqual(['c']);
  });

  it('sorts like Array.prototype.sort by the same number, keeping equal items in order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: -5, max: 5 }), id: fc.nat() })), fc.array(fc.nat(), { maxLength: 5 }), (items, stale) => {
        const list = new ScratchList<{ key: number; id: number }>();
        for (const id of stale) list.push({ key: 99, id }); // a previous step's items, cleared
        list.clear();
        for (const item of items) list.push(item);
        list.sortBy((x) => x.key);
        expect(contents(list)).toEqual([...items].sort((a, b) => a.key - b.key));
      }),
    );
  });
});
