import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDeviceText } from '../device-text/index';
import { refreshAdvice } from './refresh-advice';

describe('refreshAdvice', () => {
  // The imported ASA 5545-X runs 20 contexts, 2,500 other VPN peers, strong encryption, GTP/GPRS
  // and a Botnet Traffic Filter key (000 §"ASA 5545-X License Features").
  const text = readFileSync(new URL('../device-text/fixtures/asa-5545-x-show-version.txt', import.meta.url), 'utf8');
  const imported = importDeviceText(text, { startDate: '2027-01-01' });
  const advice = refreshAdvice(imported.plan);

  it('takes the needs from the running license, GTP/GPRS as Smart Carrier', () => {
    expect(advice.valid).toBe(true);
    expect(advice.needs?.features).toMatchObject({ 'security-contexts': 20, 'other-vpn-peers': 2500, encryption: '3des-aes', carrier: true, 'botnet-traffic-filter': true });
  });

  it('the Firepower 4110 carries all but the Botnet Traffic Filter, which no Smart appliance has, and orders a 10-context pack and Carrier', () => {
    const c = advice.candidates.find((x) => x.model === 'fpr-4110')!;
    expect(c.lacks.map((l) => l.feature)).toEqual(['botnet-traffic-filter']);
    expect(c.order.map((o) => o.pid)).toEqual(expect.arrayContaining(['L-FPR4K-ASASC-10=', 'L-FPR4K-ASA-CAR=']));
    expect(c.running['security-contexts']).toBe(20);
  });

  it('a Firepower 2100 lacks Carrier as well; no Smart model is listed as covering everything', () => {
    const c = advice.candidates.find((x) => x.model === 'fpr-2140')!;
    expect(c.lacks.map((l) => l.feature).sort()).toEqual(['botnet-traffic-filter', 'carrier']);
    expect(advice.candidates.every((x) => !x.covers)).toBe(true);
    expect(advice.candidates.every((x) => x.model !== 'asa-5545-x')).toBe(true);
  });

  it('an invalid plan gets its errors, no advice', () => {
    expect(refreshAdvice({ format: 'nope' })).toMatchObject({ valid: false, candidates: [] });
  });
});
