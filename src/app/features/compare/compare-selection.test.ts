import { describe, expect, it } from 'vitest';
import { resolveComparePair } from './compare-selection';

const saved = [
  { id: 'p1', name: 'Before', updatedAt: 1 },
  { id: 'p2', name: 'After', updatedAt: 3 },
  { id: 'p3', name: 'Other', updatedAt: 2 },
];

describe('the compared pair', () => {
  it('keeps a selection whose plans still exist', () => {
    expect(resolveComparePair({ a: 'p3', b: 'p1', onlyChanges: false }, 'p2', saved)).toEqual({ a: 'p3', b: 'p1' });
  });

  it('defaults to the current plan against the most recently saved other one', () => {
    expect(resolveComparePair(undefined, 'p1', saved)).toEqual({ a: 'p1', b: 'p2' });
    expect(resolveComparePair(undefined, 'p2', saved)).toEqual({ a: 'p2', b: 'p3' });
  });

  it('replaces a deleted plan, and compares a lone plan with itself', () => {
    expect(resolveComparePair({ a: 'gone', b: 'p3', onlyChanges: false }, 'p1', saved)).toEqual({ a: 'p1', b: 'p3' });
    expect(resolveComparePair(undefined, 'p1', [saved[0]!])).toEqual({ a: 'p1', b: 'p1' });
  });
});
