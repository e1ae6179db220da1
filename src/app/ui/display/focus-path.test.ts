import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../store/plan-commands';
import { newPlan } from '../../store/new-plan';
import { issueTarget, pathAncestors, unitIndexOf } from './focus-path';

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

describe('issueTarget', () => {
  const plan = newPlan('2027-01-01');
  const withKey = applyCommand(plan, { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 30, installDay: 0 });
  it('prefers the path, else the unit and key named', () => {
    expect(issueTarget({ path: 'startDate' }, plan)).toBe('startDate');
    expect(issueTarget({ unit: 'fw-a' }, plan)).toBe('deployment.units[0]');
    expect(issueTarget({ unit: 'fw-a', key: 'key-1' }, withKey)).toBe('deployment.units[0].timeBased[0]');
    expect(issueTarget({ unit: 'nope' }, plan)).toBeUndefined();
    expect(issueTarget({}, plan)).toBeUndefined();
  });
});
