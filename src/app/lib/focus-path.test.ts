import { describe, expect, it } from 'vitest';
import { pathAncestors, unitIndexOf } from './focus-path';

describe('issue paths', () => {
  it('list a path and its ancestors, longest first', () => {
    expect(pathAncestors('deployment.units[1].timeBased[0].days')).toEqual([
      'deployment.units[1].timeBased[0].days',
      'deployment.units[1].timeBased[0]',
      'deployment.units[1].timeBased',
      'deployment.units[1]',
      'deployment.units',
      'deployment',
    ]);
    expect(pathAncestors('')).toEqual([]);
  });

  it('find the unit a path points into', () => {
    expect(unitIndexOf('deployment.units[3].permanent.features.security-contexts')).toBe(3);
    expect(unitIndexOf('events[0].unit')).toBeUndefined();
  });
});
