// 000 §"History for PAK Licenses" and §"Upgrade and Downgrade Guidelines": the rules by software release.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, pakUnit, plan, standalone } from '../test-support/plan-builders';
import { parsePakRelease, releaseBefore } from './pak-software-version';

const W = 7;
const btf = { 'botnet-traffic-filter': true };
const enc = { encryption: '3des-aes' };
const issue = (p: unknown, code: string) => evaluatePlan(p).issues.find((i) => i.code === code);
const codes = (p: unknown) => evaluatePlan(p).issues.map((i) => i.code);

describe('reading the software release', () => {
  it('reads trains, maintenance and interim releases as the documents and show version write them', () => {
    expect(parsePakRelease('9.1(4)')).toMatchObject({ major: 9, minor: 1, maintenance: 4 });
    expect(parsePakRelease('9.14(1.30)')).toMatchObject({ major: 9, minor: 14, maintenance: 1 });
    expect(parsePakRelease('9.12(4)37')).toMatchObject({ major: 9, minor: 12, maintenance: 4 });
    expect(parsePakRelease('9.16')).toMatchObject({ major: 9, minor: 16, maintenance: null });
    for (const bad of ['9.1(4', '9.16.1', '9.1(4)x', '9.']) expect(parsePakRelease(bad)).toBeNull();
  });

  it('compares against 8.3(1): 8.2(5) is before, a bare "8.3" is not; a bare "9.1" cannot say against 9.1(4)', () => {
    expect(releaseBefore(parsePakRelease('8.2(5)')!, [8, 3, 1])).toBe(true);
    expect(releaseBefore(parsePakRelease('8.3')!, [8, 3, 1])).toBe(false);
    expect(releaseBefore(parsePakRelease('9.1')!, [9, 1, 4])).toBe('unknown');
    expect(releaseBefore(parsePakRelease('9.1(3)')!, [9, 1, 4])).toBe(true);
    expect(releaseBefore(parsePakRelease('10.0(1)')!, [9, 2, 1])).toBe(false);
  });

  it('a malformed version is an error naming the field', () => {
    const r = evaluatePlan(standalone({ software: '9.1(4' }));
    expect(r.valid).toBe(false);
    expect(r.issues.find((i) => i.code === 'software-version-malformed')).toMatchObject({ severity: 'error', path: 'deployment.units[0].software', unit: 'fw' });
  });

  it('a missing version assumes the current rules and says so once for the plan', () => {
    const { software: _a, ...a } = pakUnit({ id: 'a' });
    const { software: _b, ...b } = pakUnit({ id: 'b' });
    const r = evaluatePlan(plan({ units: [a, b] }));
    const assumed = r.issues.filter((i) => i.code === 'software-version-assumed');
    expect(assumed).toHaveLength(1);
    expect(assumed[0]).toMatchObject({ severity: 'info' });
    expect(assumed[0]!.message).toContain('"a", "b"');
    expect(codes(standalone({}))).not.toContain('software-version-assumed');
  });
});

describe('time-based licenses from 8.0(4)/8.1(2)', () => {
  const withKey = (software: string) => standalone({ software, features: enc, keys: [key('btf', btf, 364)] });
  it('8.0(3) and 8.1(1) cannot take time-based keys; 8.0(4), 8.1(2) and 8.2 can', () => {
    expect(issue(withKey('8.0(3)'), 'time-based-needs-8.0(4)')).toMatchObject({ severity: 'error', path: 'deployment.units[0].timeBased' });
    expect(issue(withKey('8.1(1)'), 'time-based-needs-8.0(4)')?.severity).toBe('error');
    expect(issue(withKey('7.2(4)'), 'time-based-needs-8.0(4)')?.severity).toBe('error');
    for (const ok of ['8.0(4)', '8.1(2)', '8.2(1)']) expect(codes(withKey(ok))).not.toContain('time-based-needs-8.0(4)');
  });
  it('a bare "8.1" does not say whether it is 8.1(2): a warning', () => {
    expect(issue(withKey('8.1'), 'time-based-needs-8.0(4)')?.severity).toBe('warning');
  });
  it('no time-based keys, no issue', () => {
    expect(codes(standalone({ software: '8.0(3)' }))).not.toContain('time-based-needs-8.0(4)');
  });
});

describe('failover before 8.3(1): matching licenses, not combined', () => {
  const pair = (software: string, bContexts: number) =>
    plan({
      contextMode: 'multiple',
      units: [pakUnit({ id: 'a', software, features: { ...enc, 'security-contexts': 20 } }), pakUnit({ id: 'b', software, features: { ...enc, 'security-contexts': bContexts } })],
    });

  it('20 + 10 contexts: combined to 30 on 8.3(1); on 8.2(5) an error (mismatched licenses disable failover) and no combination', () => {
    expect(evaluatePlan(pair('8.3(1)', 10)).running['security-contexts']).toBe(30);
    expect(codes(pair('8.3(1)', 10))).not.toContain('failover-licenses-must-match-before-8.3');
    const old = evaluatePlan(pair('8.2(5)', 10));
    expect(old.issues.find((i) => i.code === 'failover-licenses-must-match-before-8.3')).toMatchObject({ severity: 'error', unit: 'b', path: 'deployment.units[1].permanent' });
    expect(old.running['security-contexts']).toBe(20);
  });

  it('matching 20-context licenses on 8.2(5): valid, but 20 contexts (not 40), with a note', () => {
    const r = evaluatePlan(pair('8.2(5)', 20));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.running['security-contexts']).toBe(20);
    expect(r.issues.find((i) => i.code === 'failover-not-combined-before-8.3')?.severity).toBe('info');
  });

  it('52-week Botnet keys on both units: 104 combined weeks on 9.x, 52 weeks on 8.2(5) (each unit counts its own)', () => {
    const botnetPair = (software: string) => plan({ units: ['a', 'b'].map((id) => pakUnit({ id, software, features: enc, keys: [key(`btf-${id}`, btf, 52 * W)] })) });
    expect(evaluatePlan(botnetPair('9.16'), { at: 60 * W }).running['botnet-traffic-filter']).toBe(true);
    expect(evaluatePlan(botnetPair('8.2(5)'), { at: 52 * W - 1 }).running['botnet-traffic-filter']).toBe(true);
    expect(evaluatePlan(botnetPair('8.2(5)'), { at: 52 * W }).running['botnet-traffic-filter']).toBe(false);
  });
});

describe('before 8.3(1) only the most recently activated key is active', () => {
  const unit = (software: string) => standalone({ software, features: enc, keys: [key('btf', btf, 364), key('ac', { 'anyconnect-peers': 1000 }, 8 * W, { installDay: 10 })] });
  it('9.16: Botnet and AnyConnect keys are both active (one per feature)', () => {
    const r = evaluatePlan(unit('9.16'), { at: 20 });
    expect(r.keys.map((k) => [k.key, k.state])).toEqual([
      ['btf', 'active'],
      ['ac', 'active'],
    ]);
    expect(r.running['botnet-traffic-filter']).toBe(true);
  });
  it('8.2(5): activating the AnyConnect key on day 10 deactivates the Botnet key (its timer halts at 354 days)', () => {
    const p = unit('8.2(5)');
    const r = evaluatePlan(p, { at: 20 });
    expect(r.keys.map((k) => [k.key, k.state, k.remainingDays])).toEqual([
      ['btf', 'inactive', 354],
      ['ac', 'active', 8 * W - 10],
    ]);
    expect(r.running['botnet-traffic-filter']).toBe(false);
    expect(r.running['anyconnect-peers']).toBe(1000);
    expect(r.timeline.events.find((e) => e.type === 'replaced' && e.key === 'btf')?.message).toMatch(/before 8\.3\(1\)/);
    expect(codes(p)).toContain('one-active-key-before-8.3');
  });
});

describe('clustering from 9.0(1) (5585-X) and 9.1(4) (5500-X); 16 units from 9.2(1)', () => {
  const cluster5585 = (software: string, n: number) =>
    plan({ mode: 'cluster', units: Array.from({ length: n }, (_, i) => pakUnit({ id: `u${i}`, model: 'asa-5585-x-ssp-20', software, features: { ...enc, ...(i === 0 ? { clustering: 16 } : {}) } })) });
  const cluster5525 = (software: string) => plan({ mode: 'cluster', units: ['a', 'b'].map((id) => pakUnit({ id, model: 'asa-5525-x', software })) });

  it('ASA 5585-X: 8.4(7) cannot cluster, 9.0(1) can', () => {
    expect(issue(cluster5585('8.4(7)', 2), 'cluster-needs-9.0(1)')).toMatchObject({ severity: 'error', path: 'deployment.units[0].software' });
    expect(codes(cluster5585('9.0(1)', 2))).not.toContain('cluster-needs-9.0(1)');
  });
  it('ASA 5525-X: 9.1(3) cannot cluster, 9.1(4) can, a bare "9.1" gets a warning', () => {
    expect(issue(cluster5525('9.1(3)'), 'cluster-needs-9.1(4)')?.severity).toBe('error');
    expect(codes(cluster5525('9.1(4)'))).not.toContain('cluster-needs-9.1(4)');
    expect(issue(cluster5525('9.1'), 'cluster-needs-9.1(4)')?.severity).toBe('warning');
  });
  it('16 ASA 5585-X units: a warning on 9.1(2), none on 9.2(1)', () => {
    expect(issue(cluster5585('9.1(2)', 16), 'cluster-16-units-needs-9.2(1)')?.severity).toBe('warning');
    expect(codes(cluster5585('9.2(1)', 16))).not.toContain('cluster-16-units-needs-9.2(1)');
    expect(codes(cluster5585('9.1(2)', 2))).not.toContain('cluster-16-units-needs-9.2(1)');
  });
});
