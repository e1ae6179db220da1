// 000 §"Loss of Communication Between Failover or ASA Cluster Units": "If the units lose communication
// for more than 30 days, then each unit reverts to the license installed locally."
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { pakUnit, plan } from '../test-support/plan-builders';
import { LINK_GRACE_DAYS } from '../timeline/pak-simulation';
import { linkDownReverted, markReverted } from './link-down-reverted';

const CITE = '000 §"Loss of Communication Between Failover or ASA Cluster Units"';

describe('link down past the grace', () => {
  it('the grace is the 30 days of the document', () => {
    expect(LINK_GRACE_DAYS).toBe(30);
  });

  it('the warning names the day communication was lost: the reversion day less the grace', () => {
    const [issue] = linkDownReverted([{ from: 100, to: 112 }]);
    expect(issue).toMatchObject({ severity: 'warning', code: 'link-down-reverted', day: 100, cite: CITE });
    expect(issue!.message).toBe("Units lose communication for more than 30 days from day 70: each unit reverts to its own license, and time comes off every unit's keys");
    expect(linkDownReverted([])).toEqual([]);
  });

  it('a pair down 42 days from day 70 reverts on day 100: 20 + 10 contexts run as 30, then the primary alone runs 20', () => {
    const units = [pakUnit({ id: 'a', features: { 'security-contexts': 20 } }), pakUnit({ id: 'b', features: { 'security-contexts': 10 } })];
    const p = plan({ units, events: [{ day: 70, type: 'link-down', days: 42 }] });
    expect(evaluatePlan(p, { at: 99 }).running['security-contexts']).toBe(30);
    const r = evaluatePlan(p, { at: 100 });
    expect(r.running['security-contexts']).toBe(20);
    expect(r.issues.find((i) => i.code === 'link-down-reverted')?.day).toBe(100);
    expect(r.provenance.running['security-contexts']?.rule).toContain('link down over 30 days: a runs on its own license');
  });

  it('the explanation keeps each feature and adds the reason and the citation', () => {
    const out = markReverted({ vlans: { value: 50, source: 'model', rule: 'Model default', cite: 'X' } }, 'a');
    expect(out.vlans).toEqual({ value: 50, source: 'model', rule: 'Model default — link down over 30 days: a runs on its own license', cite: `X; ${CITE}` });
  });
});
