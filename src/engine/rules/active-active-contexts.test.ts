// 000 §"How Failover or ASA Cluster Licenses Combine": 20 + 10 contexts = 30; Active/Active, "One
// unit can use 18 contexts and the other unit can use 12 contexts, for example, for a total of 30."
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan';
import { pakUnit, plan } from '../test-support/plan-builders';
import { activeActiveContextsDivided } from './active-active-contexts';

const parsed = (failover: 'active-active' | 'active-standby', contextMode: 'single' | 'multiple') => {
  const r = parsePlan(plan({ failover, contextMode, units: [pakUnit({ id: 'a' }), pakUnit({ id: 'b' })] }));
  if (!r.ok) throw new Error('test plan invalid');
  return r.plan;
};

describe('Active/Active contexts divided between the two units', () => {
  it("30 combined contexts: the document's example, 18 on one and 12 on the other", () => {
    const [issue] = activeActiveContextsDivided(parsed('active-active', 'multiple'), { 'security-contexts': 30 });
    expect(issue).toMatchObject({ severity: 'info', code: 'active-active-contexts-divided', feature: 'security-contexts', cite: '000 §"How Failover or ASA Cluster Licenses Combine"' });
    expect(issue!.message).toContain('the 30 combined contexts are divided between the two units (for example 18 on one and 12 on the other)');
  });

  it('an odd count rounds the larger share up: 5 contexts give 3 and 2', () => {
    expect(activeActiveContextsDivided(parsed('active-active', 'multiple'), { 'security-contexts': 5 })[0]!.message).toContain('for example 3 on one and 2 on the other');
  });

  it('no note for Active/Standby, single context mode, or a license without contexts', () => {
    expect(activeActiveContextsDivided(parsed('active-standby', 'multiple'), { 'security-contexts': 30 })).toEqual([]);
    expect(activeActiveContextsDivided(parsed('active-active', 'single'), { 'security-contexts': 30 })).toEqual([]);
    expect(activeActiveContextsDivided(parsed('active-active', 'multiple'), {})).toEqual([]);
  });
});
