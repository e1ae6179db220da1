// Model guidelines and license notes of 000 that apply to a single unit.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, standalone } from '../test-support/plan-builders';

const issue = (p: unknown, code: string) => evaluatePlan(p).issues.find((i) => i.code === code);

describe('unit restrictions', () => {
  it('AnyConnect Essentials excludes AnyConnect Premium (000 §"Additional Guidelines")', () => {
    const p = standalone({ features: { 'anyconnect-essentials': true, 'anyconnect-peers': 500, encryption: '3des-aes' } });
    expect(issue(p, 'essentials-excludes-premium')).toMatchObject({ severity: 'warning', cite: '000 §"Additional Guidelines"' });
  });

  it('Botnet Traffic Filter and VPN load balancing need Strong Encryption (warnings)', () => {
    const p = standalone({ model: 'asa-5525-x', keys: [key('btf', { 'botnet-traffic-filter': true }, 30)] });
    expect(issue(p, 'botnet-needs-strong-encryption')?.severity).toBe('warning');
    expect(issue(p, 'vpn-load-balancing-needs-strong-encryption')?.severity).toBe('warning');
    const strong = standalone({ model: 'asa-5525-x', features: { encryption: '3des-aes' }, keys: [key('btf', { 'botnet-traffic-filter': true }, 30)] });
    expect(issue(strong, 'botnet-needs-strong-encryption')).toBeUndefined();
    expect(evaluatePlan(strong).valid).toBe(true);
  });

  it('shared licenses are not supported on the 5506-X, 5508-X, 5516-X', () => {
    for (const model of ['asa-5506-x', 'asa-5508-x', 'asa-5516-x']) {
      expect(evaluatePlan(standalone({ model, features: { 'shared-license': 'participant' } })).valid).toBe(false);
    }
    expect(evaluatePlan(standalone({ model: 'asa-5545-x', features: { 'shared-license': 'participant' } })).valid).toBe(true);
  });

  it('K8 part numbers cap TLS proxy sessions at 1000 (000 §"Total UC Proxy Sessions")', () => {
    const r = evaluatePlan(standalone({ model: 'asa-5545-x', partSuffix: 'K8', features: { 'uc-proxy-sessions': 2000 } }));
    expect(r.running['uc-proxy-sessions']).toBe(1000);
    expect(r.provenance.running['uc-proxy-sessions']).toMatchObject({ uncapped: 2000, limit: 1000 });
  });

  it('No Payload Encryption models disable VPN and Unified Communications', () => {
    const r = evaluatePlan(standalone({ model: 'asa-5585-x-ssp-10', noPayloadEncryption: true, features: { 'anyconnect-peers': 5000 } }));
    expect(r.running['anyconnect-peers']).toBe(0);
    expect(r.running['uc-proxy-sessions']).toBe(0);
    expect(r.running['vpn-load-balancing']).toBe('unsupported');
  });

  it('the 10,000-session UC license notes the 5000 Phone Proxy limit', () => {
    expect(issue(standalone({ model: 'asa-5585-x-ssp-20', features: { 'uc-proxy-sessions': 10_000 } }), 'phone-proxy-5000')?.severity).toBe('info');
  });
});
