import { describe, expect, it } from 'vitest';
import { newPlan, newUnit } from '../../store/new-plan';
import { COMBINED, pickChoice, showVersionChoices } from './device-text-show-version';

describe('show version choices', () => {
  it('a standalone unit: just the unit', () => {
    const choices = showVersionChoices(newPlan('2027-01-01'));
    expect(choices.map((c) => c.value)).toEqual(['fw-a']);
  });

  it('a failover pair: each unit and the combined license', () => {
    const plan = newPlan('2027-01-01');
    const pair = { ...plan, deployment: { ...plan.deployment, mode: 'failover' as const, failover: 'active-standby' as const, units: [newUnit('fw-a', 'asa-5545-x'), newUnit('fw-b', 'asa-5545-x')] } };
    const choices = showVersionChoices(pair);
    expect(choices.map((c) => c.label)).toEqual(['fw-a (primary)', 'fw-b (secondary)', 'Combined license of the failover pair']);
    expect(choices[2]?.options).toEqual({ combined: true });
    expect(pickChoice(choices, null, 1)?.value).toBe('fw-b');
    expect(pickChoice(choices, COMBINED, 0)?.options.combined).toBe(true);
    expect(pickChoice(choices, 'gone', 7)?.value).toBe('fw-a');
  });
});
