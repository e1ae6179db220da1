// lz-string's decompressFromEncodedURIComponent with a bound on the output, checked as it grows.
// Why a copy of the library's decoder: lz-string decodes the whole text before anyone can look at
// its length, and an LZ text's output can grow with the square of its length (a 261 KB link
// filled a tab's memory). This decoder is the library's algorithm (lz-string 1.5.0, `_decompress`
// with the URI-safe alphabet) and stops as soon as the output passes `maxChars`;
// bounded-lz.test.ts holds it to the library's own output on random texts.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i] as const));

/** The decoded text; null for a damaged text; 'too-large' once the output would pass maxChars. */
export function decompressUriBounded(input: string, maxChars: number): string | null | 'too-large' {
  if (input === '') return null;
  const text = input.replace(/ /g, '+');
  const RESET = 32;
  let val = VALUE.get(text.charAt(0)) ?? 0;
  let position = RESET;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << n; power <<= 1) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = VALUE.get(text.charAt(index++)) ?? 0;
      }
      if (resb > 0) bits |= power;
    }
    return bits;
  };
  const dictionary: string[] = ['0', '1', '2'];
  let enlargeIn = 4;
  let numBits = 3;
  const first = readBits(2);
  if (first === 2) return '';
  if (first !== 0 && first !== 1) return null;
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result: string[] = [w];
  let total = w.length;
  for (;;) {
    if (index > text.length) return '';
    let c = readBits(numBits);
    if (c === 0 || c === 1) {
      dictionary.push(String.fromCharCode(readBits(c === 0 ? 8 : 16)));
      c = dictionary.length - 1;
      if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
    } else if (c === 2) {
      return result.join('');
    }
    let entry: string;
    if (c < dictionary.length && c > 2) entry = dictionary[c]!;
    else if (c === dictionary.length) entry = w + w.charAt(0);
    else return null;
    total += entry.length;
    if (total > maxChars) return 'too-large';
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
    w = entry;
  }
}
