// 000 §"No Payload Encryption Models": VPN and Unified Communications are disabled, so paid licenses for them do nothing.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, standalone } from '../test-support/plan-builders';

const warnings = (p: unknown) => evaluatePlan(p).issues.filter((i) => i.code === 'no-payload-encryption-license-unused');

describe('paid licenses on a No Payload Encryption model', () => {
  it('a 2500-peer AnyConnect Premium and 500-session UC permanent license: one warning naming both; the running values are 0', () => {
    const p = standalone({ model: 'asa-5545-x', noPayloadEncryption: true, features: { 'anyconnect-peers': 2500, 'uc-proxy-sessions': 500 } });
    const w = warnings(p);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', path: 'deployment.units[0].permanent.features', unit: 'fw', cite: '000 §"No Payload Encryption Models"' });
    expect(w[0]!.message).toContain('AnyConnect Premium Peers');
    expect(w[0]!.message).toContain('Total UC Proxy Sessions');
    const r = evaluatePlan(p);
    expect(r.running['anyconnect-peers']).toBe(0);
    expect(r.running['uc-proxy-sessions']).toBe(0);
  });
  it('a time-based AnyConnect key: a warning on that key', () => {
    const w = warnings(standalone({ noPayloadEncryption: true, keys: [key('ac', { 'anyconnect-peers': 1000 }, 56)] }));
    expect(w).toEqual([expect.objectContaining({ path: 'deployment.units[0].timeBased[0]', key: 'ac' })]);
  });
  it('the Strong Encryption license and the Botnet Traffic Filter still serve: no warning; the same licenses on a regular model: none', () => {
    expect(warnings(standalone({ noPayloadEncryption: true, features: { encryption: '3des-aes' }, keys: [key('btf', { 'botnet-traffic-filter': true }, 364)] }))).toEqual([]);
    expect(warnings(standalone({ features: { 'anyconnect-peers': 2500 } }))).toEqual([]);
  });
});
