import { describe, expect, it } from 'vitest';
import { FEATURE_IDS } from '../types';
import { featureIndex, featureMask } from './feature-mask';

describe('feature bits', () => {
  it('gives every feature of the catalog its own bit, in catalog order', () => {
    expect(FEATURE_IDS.map(featureIndex)).toEqual(FEATURE_IDS.map((_, i) => i));
    expect(FEATURE_IDS.length).toBeLessThanOrEqual(31); // bit operators work on 32-bit integers
    expect(featureMask(['firewall-conns'])).toBe(1);
    expect(featureMask(['botnet-traffic-filter', 'vlans'])).toBe(0b110);
  });

  it('ignores ids that are not features', () => {
    expect(featureIndex('turbo')).toBe(-1);
    expect(featureMask(['turbo', 'vlans'])).toBe(featureMask(['vlans']));
    expect(featureMask([])).toBe(0);
  });
});
