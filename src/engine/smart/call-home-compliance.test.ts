import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import type { PlanInput } from '../plan/schema';
import type { SmartModelId } from '../types';
import { callHomeCompliance } from './call-home-compliance';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';

function run(model: SmartModelId, events: PlanInput['events'], method: 'regular' | 'plr' | 'unregistered' = 'regular', registeredDay = 0) {
  const plan = smartPlan([unit('fw', model, model === 'asav' ? { throughput: '1G' } : {}, { method, registeredDay })], {}, { events });
  return callHomeCompliance(SMART_MODELS[model], smartUnitOf(plan), plan, method === 'unregistered' ? null : registeredDay);
}

describe('call home: renewal every 30 days, 90 days of grace, then out of compliance (001 §"Periodic Communication with the Smart Software Manager")', () => {
  it('100 days without contact from day 200: out of compliance on days 290–299', () => {
    const r = run('fpr-2130', [{ type: 'no-call-home', unit: 'fw', day: 200, days: 100 }]);
    expect(r.outOfCompliance).toEqual([{ from: 290, to: 300 }]);
    expect(r.events.map((e) => [e.day, e.type])).toEqual([
      [200, 'no-call-home'],
      [230, 'renewal-due'],
      [260, 'renewal-due'],
      [290, 'out-of-compliance'],
      [300, 'call-home-restored'],
    ]);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'smart-call-home-out-of-compliance', path: 'events[0]', unit: 'fw', day: 290 })]);
    expect(r.issues[0]!.message).toMatch(/configuration changes to features requiring special licenses/);
  });

  it('within 90 days: compliant', () => {
    const r = run('fpr-1120', [{ type: 'no-call-home', unit: 'fw', day: 10, days: 90 }]);
    expect(r.outOfCompliance).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'info', code: 'smart-call-home-within-grace' })]);
  });

  it('the ASA virtual is not affected: out of compliance, but only an info', () => {
    const r = run('asav', [{ type: 'no-call-home', unit: 'fw', day: 0, days: 120 }]);
    expect(r.outOfCompliance).toEqual([{ from: 90, to: 120 }]);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'info', code: 'smart-call-home-out-of-compliance' })]);
    expect(r.issues[0]!.message).toMatch(/not affected/);
  });

  it('overlapping outages merge; over 6 months warns about the ID certificate', () => {
    const r = run('fpr-4110', [
      { type: 'no-call-home', unit: 'fw', day: 100, days: 100 },
      { type: 'no-call-home', unit: 'fw', day: 150, days: 150 },
    ]);
    expect(r.outOfCompliance).toEqual([{ from: 190, to: 300 }]);
    expect(r.issues.map((i) => i.code)).toEqual(['smart-call-home-out-of-compliance', 'smart-id-certificate-renewal']);
  });

  it('PLR needs no communication; before registration there is nothing to renew', () => {
    expect(run('fpr-2110', [{ type: 'no-call-home', unit: 'fw', day: 0, days: 400 }], 'plr')).toMatchObject({
      outOfCompliance: [],
      issues: [expect.objectContaining({ code: 'smart-plr-no-call-home' })],
    });
    expect(run('fpr-2110', [{ type: 'no-call-home', unit: 'fw', day: 0, days: 400 }], 'unregistered').outOfCompliance).toEqual([]);
    expect(run('fpr-2110', [{ type: 'no-call-home', unit: 'fw', day: 0, days: 150 }], 'regular', 100).outOfCompliance).toEqual([]);
  });

  it("another unit's outage does not count", () => {
    expect(run('fpr-2110', [{ type: 'no-call-home', unit: 'other', day: 0, days: 400 }])).toEqual({ outOfCompliance: [], grace: [], events: [], issues: [] });
  });
});
