import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressUriBounded } from './bounded-lz';
import { decodeShare } from './share-link';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A decompression bomb in lz-string's URI format: one character, then codes that each name the
 * entry being made (w + w[0]), so the n-th code outputs n+1 characters and the output grows with
 * the square of the link's length.
 */
function bomb(codes: number): string {
  const out: string[] = [];
  let val = 0;
  let pos = 32;
  const write = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      if ((value >> i) & 1) val |= pos;
      pos >>= 1;
      if (pos === 0) {
        out.push(ALPHABET[val]!);
        val = 0;
        pos = 32;
      }
    }
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    write(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
  }
  write(2, numBits);
  if (pos !== 32) out.push(ALPHABET[val]!);
  return out.join('');
}

describe('decompressUriBounded', () => {
  it('reads what lz-string writes, exactly as lz-string reads it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const packed = compressToEncodedURIComponent(text);
        expect(decompressUriBounded(packed, 1_000_000)).toBe(decompressFromEncodedURIComponent(packed));
      }),
      { numRuns: 500 },
    );
  });

  it('on damaged texts never throws (lz-string sometimes does), and any text it reads is the one lz-string reads', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 60 }), (text) => {
        const ours = decompressUriBounded(text, 1_000_000);
        let theirs: string | null = null;
        try {
          theirs = decompressFromEncodedURIComponent(text);
        } catch {
          // lz-string throws on some damaged texts (w undefined); ours says null instead.
        }
        // Where ours reads a text it is lz-string's; a text whose first code names no character
        // (lz-string then decodes garbage such as "undefined…") ours calls damaged.
        if (ours) expect(ours).toBe(theirs);
      }),
      { numRuns: 500 },
    );
  });

  it('the bomb is a real one: 300 codes unpack to 300·301/2 + 301 characters', () => {
    expect(decompressFromEncodedURIComponent(bomb(300))).toBe('a'.repeat((300 * 301) / 2 + 301 - 1 + 1));
    expect(decompressUriBounded(bomb(300), 1_000_000)).toHaveLength((300 * 301) / 2 + 301);
  });

  it('stops as soon as the output passes the bound', () => {
    expect(decompressUriBounded(bomb(300), 45_450)).toBe('too-large');
    expect(decompressUriBounded(bomb(300), 45_451)).toHaveLength(45_451);
  });

  it('a 261 KB share link (about 8.7 billion characters unpacked) is refused with a message, not decoded', () => {
    const link = `#share=${bomb(130_000)}`;
    expect(link.length).toBeGreaterThan(260_000);
    const r = decodeShare(link);
    expect(r).toEqual({ kind: 'bad', messages: ['The shared link unpacks to more than 8,000,000 characters, more than any plan has; it was not opened.'] });
  });
});
