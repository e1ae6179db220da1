// Fuzzing the share-link decoder: damaged, random, mutated and oversized links never throw and
// never open a plan the engine would reject.
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../engine/index';
import { newPlan } from '../store/new-plan';
import { DEFAULT_VIEW } from '../store/view-state';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from './share-link';

const valid = encodeShare(newPlan('2027-01-01', 'fuzz'), DEFAULT_VIEW);

function expectSafe(hash: string): void {
  const r = decodeShare(hash);
  if (r.kind === 'bad') {
    expect(r.messages.length).toBeGreaterThan(0);
    for (const m of r.messages) expect(m.length).toBeGreaterThan(5);
  }
  if (r.kind === 'ok') expect(evaluatePlan(r.plan).issues.filter((i) => i.code.startsWith('plan-'))).toEqual([]);
}

describe('share-link decoder fuzzing', () => {
  it('random fragments', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => expectSafe(`#share=${s}`)),
      { numRuns: 5000 },
    );
  });

  it('mutated valid links (characters flipped, cut, repeated)', () => {
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.nat(valid.length), fc.string({ minLength: 1, maxLength: 5 }), (at, cut, insert) => {
        expectSafe(valid.slice(0, at) + insert + valid.slice(at + 1));
        expectSafe(valid.slice(0, Math.max(7, cut)));
      }),
      { numRuns: 5000 },
    );
  });

  it('well-compressed but hostile JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        expectSafe(`#share=${compressToEncodedURIComponent(JSON.stringify({ plan: v, view: v }))}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('a 10 MB link is refused before it is decompressed', () => {
    const huge = `#share=${'A'.repeat(10 * 1024 * 1024)}`;
    const r = decodeShare(huge);
    expect(r.kind).toBe('bad');
    expect(r.kind === 'bad' && r.messages[0]).toContain(`at most ${MAX_SHARE_CHARS}`);
  });
});
