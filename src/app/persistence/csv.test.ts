import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, parseCsv, toCsv } from './csv';

describe('formula neutralisation', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    ['30', '30'],
    ['—', '—'],
    ['', ''],
  ])('%j becomes %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('csv cells', () => {
  it.each([
    ['plain', 'plain'],
    ['1,000', '"1,000"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['\t=1', "'\t=1"],
  ])('%j is written %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('joins rows with CRLF and reads them back', () => {
    const rows = [
      ['Feature', 'Value'],
      ['VLANs, Maximum', '1,000'],
      ['Note', 'a "quoted"\r\nline'],
      ['', ''],
    ];
    const text = toCsv(rows);
    expect(text).toBe('Feature,Value\r\n"VLANs, Maximum","1,000"\r\nNote,"a ""quoted""\r\nline"\r\n,\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('control characters never reach an exported text (issue 25)', () => {
  it('a CSV cell keeps line breaks and tabs only', () => {
    expect(csvCell('HQ\u0000 edge\u0007\u001b[31m pair\u007f\u0085\nnext')).toBe('"HQ edge[31m pair\nnext"');
  });
});
