// The Phone Proxy note of 000's ASA 5585-X SSP-20, SSP-40/-60 and ASASM tables, only on those models.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { smartPlan, unit } from '../test-support/smart-plan-fixture';
import { standalone } from '../test-support/plan-builders';

const note = (p: unknown) => evaluatePlan(p).issues.find((i) => i.code === 'phone-proxy-5000');

describe('Phone Proxy 5000 with the 10,000-session UC license', () => {
  it('ASA 5585-X SSP-20 with 10,000 UC sessions: the note, citing its own table', () => {
    expect(note(standalone({ model: 'asa-5585-x-ssp-20', features: { 'uc-proxy-sessions': 10_000 } }))).toMatchObject({ severity: 'info', cite: '000 §"ASA 5585-X with SSP-20 License Features"' });
  });
  it('ASASM with 10,000 UC sessions: the note cites the ASASM table, not the 5585-X one', () => {
    expect(note(standalone({ model: 'asasm', features: { 'uc-proxy-sessions': 10_000 } }))?.cite).toBe('000 §"ASASM License Features"');
  });
  it('a 5585-X SSP-20 with 5000 sessions: no note', () => {
    expect(note(standalone({ model: 'asa-5585-x-ssp-20', features: { 'uc-proxy-sessions': 5000 } }))).toBeUndefined();
  });
  it('a Firepower 2140 (10,000 TLS proxy sessions in 001) gets no Phone Proxy note: its table carries none', () => {
    const r = evaluatePlan(smartPlan([unit('fp', 'fpr-2140')]));
    expect(r.units.fp?.['uc-proxy-sessions']).toBe(10_000);
    expect(r.issues.some((i) => i.code === 'phone-proxy-5000')).toBe(false);
  });
});
