import { describe, expect, it } from 'vitest';
import { checkNumberText } from './check-number-text';

// 000's ASA 5525-X table: AnyConnect Premium peers up to 750.
const acp = { min: 0, max: 750, optional: true };

describe('checkNumberText', () => {
  it.each([
    ['750', acp, undefined],
    ['0', acp, undefined],
    ['', acp, undefined],
    ['2500', acp, '2,500 is over the maximum of 750: enter a whole number from 0 to 750.'],
    ['-1', acp, '-1 is under the minimum of 0: enter a whole number from 0 to 750.'],
    ['2.5', acp, '2.5 is not a whole number: enter a whole number from 0 to 750.'],
    ['', { min: 1, max: 36_600 }, 'A value is required: enter a whole number from 1 to 36,600.'],
    ['', { min: 1, badInput: true }, 'This is not a number: enter a whole number of at least 1.'],
    ['0.25', { min: 0, max: 1, decimals: true }, undefined],
    ['1.5', { min: 0, max: 1, decimals: true }, '1.5 is over the maximum of 1: enter a number from 0 to 1.'],
  ])('%j with %j', (text, rule, expected) => {
    expect(checkNumberText(text, rule)).toBe(expected);
  });
});
