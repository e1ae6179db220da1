// importDeviceText on the device's own output: PAK show version and show activation-key, failover pairs, Smart.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { importDeviceText } from './index';
import { codes, fixture, keysOf, pak, planOf, read, smart, START } from '../test-support/device-text-import';

describe('importDeviceText: PAK show version', () => {
  it('ASA 5545-X: model, tier, permanent features above the defaults, a time-based key from a "N days" row', () => {
    const r = read('asa-5545-x-show-version.txt');
    const plan = planOf(r);
    expect(plan.format).toBe('asa-license-plan/1');
    expect(plan.startDate).toBe('2027-03-01');
    expect(plan.deployment.mode).toBe('standalone');
    const u = pak(plan);
    expect(u).toMatchObject({ model: 'asa-5545-x', software: '9.12(4)37', permanent: { tier: 'base', features: { encryption: '3des-aes', 'security-contexts': 20, 'gtp-gprs': true } } });
    expect(u.permanent.features).not.toHaveProperty('anyconnect-peers');
    expect(keysOf(u)).toEqual([{ features: { 'botnet-traffic-filter': true }, days: 120, active: true }]);
    expect(u.timeBased[0]!.note).toContain('0x2d1f6a00');
    expect(codes(r)).toContain('import-anyconnect-built-in');
    expect(plan.name).toContain('FCH1851J0AB');
  });

  it('lists every non-blank line it did not map, with a reason', () => {
    const text = fixture('asa-5545-x-show-version.txt');
    const r = importDeviceText(text, START);
    const lines = text.split('\n');
    const mapped = new Set(['ciscoasa# show version', 'Licensed features for this platform:']);
    for (const u of r.unmapped) {
      expect(lines[u.line - 1]!.trimEnd()).toBe(u.text);
      expect(u.reason.length).toBeGreaterThan(5);
      expect(mapped.has(u.text)).toBe(false);
    }
    const inside = r.unmapped.map((u) => u.text.split(':')[0]!.trim());
    expect(inside).toEqual(expect.arrayContaining(['Maximum Physical Interfaces', 'Inside Hosts', 'AnyConnect for Mobile', 'Advanced Endpoint Assessment']));
    expect(r.unmapped.find((u) => u.text.startsWith('Compiled on'))?.kind).toBe('ignored');
    expect(r.unmapped.some((u) => /Security Contexts|Hardware|Serial Number|This platform has/.test(u.text))).toBe(false);
  });

  it('ASA 5506-X Security Plus: AnyConnect peers up to the maximum; the Botnet display quirk is explained, not imported', () => {
    const r = read('asa-5506-x-security-plus.txt');
    const u = pak(planOf(r));
    expect(u).toMatchObject({ model: 'asa-5506-x', permanent: { tier: 'security-plus', features: { encryption: '3des-aes', 'anyconnect-peers': 50 } }, timeBased: [] });
    expect(r.issues.find((i) => i.code === 'import-botnet-display')).toMatchObject({ severity: 'info', line: 37, cite: '000 §"ASA 5506-X and ASA 5506W-X License Features"' });
  });

  it('ASA 5512-X Security Plus from "This platform has an ASA5512 Security Plus license."', () => {
    const u = pak(planOf(read('asa-5512-x-security-plus.txt')));
    expect(u.permanent).toEqual({ tier: 'security-plus', features: { encryption: '3des-aes', 'security-contexts': 5, 'anyconnect-peers': 250, 'ips-module': true } });
  });

  it('ASA 5512-X without the platform line: the tier is read from the rows that differ between the tiers', () => {
    const text = fixture('asa-5512-x-security-plus.txt').replace(/^This platform has.*$/m, '');
    const r = importDeviceText(text, START);
    expect(pak(planOf(r)).permanent.tier).toBe('security-plus');
    expect(r.issues.find((i) => i.code === 'import-tier-from-rows')?.message).toMatch(/VLANs, Maximum 100 \(line 25\)/);
  });

  it('a Base line that contradicts the Security Plus rows is kept, with a warning per row', () => {
    const text = fixture('asa-5512-x-security-plus.txt').replace('an ASA5512 Security Plus license', 'a Base license');
    const r = importDeviceText(text, START);
    expect(pak(planOf(r)).permanent.tier).toBe('base');
    const conflicts = r.issues.filter((i) => i.code === 'import-tier-conflict');
    expect(conflicts.map((i) => i.line)).toEqual([25, 27, 30, 44, 46]);
    expect(conflicts[1]!.message).toMatch(/^line 27: Failover Active\/Active is the Security Plus value/);
    expect(conflicts[2]!.message).toBe(
      'line 30: Security Contexts 5 is the Security Plus value (ASA 5512-X Base: No support), but line 48 says "This platform has a Base license."; the plan uses Base and keeps the printed value as observed',
    );
  });

  it('ASA 5585-X SSP-20 Security Plus: 10GE I/O tier, a 16-unit cluster license, multiple context mode', () => {
    const plan = planOf(read('asa-5585-x-ssp-20-security-plus.txt'));
    expect(plan.deployment.contextMode).toBe('multiple');
    expect(pak(plan)).toMatchObject({
      model: 'asa-5585-x-ssp-20',
      permanent: { tier: 'security-plus', features: { 'security-contexts': 100, 'gtp-gprs': true, clustering: 16, encryption: '3des-aes' } },
    });
  });

  it('ASASM in multiple context mode', () => {
    const plan = planOf(read('asasm-multiple-context.txt'));
    expect(plan.deployment.contextMode).toBe('multiple');
    expect(pak(plan)).toMatchObject({ model: 'asasm', permanent: { tier: 'base', features: { 'security-contexts': 50, encryption: '3des-aes' } } });
  });

  it('ISA 3000: rows that differ from the 000 table are reported and the table value kept', () => {
    const r = read('isa-3000-base.txt');
    const u = pak(planOf(r));
    expect(u.permanent).toEqual({ tier: 'base', features: { encryption: '3des-aes' } });
    const mismatch = r.issues.filter((i) => i.code === 'import-table-mismatch');
    expect(mismatch.map((i) => i.line)).toEqual([30, 31, 36]);
    expect(mismatch[0]!.message).toMatch(/Other VPN Peers 5; the ISA 3000 Base table gives 10/);
    expect(codes(r)).toContain('import-device-adjusted-license');
  });

  it('8.x labels without a duration column: VPN-3DES-AES, SSL VPN Peers, GTP/GPRS, Total UC Proxy Sessions', () => {
    const r = read('asa-5585-x-ssp-10-8x-labels.txt');
    const u = pak(planOf(r));
    expect(u).toMatchObject({ model: 'asa-5585-x-ssp-10', software: '8.2(5)', permanent: { tier: 'base', features: { encryption: '3des-aes', 'security-contexts': 20, 'anyconnect-peers': 500 } } });
    // 000 §"History for PAK Licenses" (8.4(1)): VLANs went from 250 to 1024 on the 5585-X.
    expect(r.issues.find((i) => i.code === 'import-table-mismatch')).toMatchObject({ line: 20 });
    expect(r.unmapped.find((u) => u.text.startsWith('AnyConnect for Linksys phone'))?.kind).toBe('ignored');
  });
});

describe('importDeviceText: show activation-key', () => {
  it('ASA 5525-X: keys with their own values and remaining days, active and inactive; the permanent part under an added key', () => {
    const r = read('asa-5525-x-activation-key.txt');
    const u = pak(planOf(r));
    expect(u.permanent).toEqual({ tier: 'base', features: { encryption: '3des-aes', 'anyconnect-peers': 750, 'security-contexts': 10 } });
    expect(keysOf(u)).toEqual([
      { features: { 'botnet-traffic-filter': true }, days: 364, active: true },
      { features: { 'security-contexts': 10 }, days: 62, active: true },
      { features: { 'anyconnect-peers': 750 }, days: 7, active: false },
    ]);
    expect(u.timeBased.map((k) => k.id)).toEqual(['key-a821d549', 'key-6c0ffee1', 'key-3c4d5e6f']);
    // The block printed twice (show version and show activation-key) is read once.
    expect(r.issues.filter((i) => i.code === 'import-permanent-capped')).toHaveLength(1);
    const result = evaluatePlan(r.plan!);
    expect(result.units['dc1-fw']).toMatchObject({ 'security-contexts': 20, 'botnet-traffic-filter': true, 'anyconnect-peers': 750 });
  });

  it('show version alone: an added value is split into permanent + key with the table default first, and says so when ambiguous', () => {
    const text = fixture('asa-5545-x-show-version.txt').replace(/^Security Contexts .*$/m, 'Security Contexts                 : 15             30 days');
    const r = importDeviceText(text, START);
    const u = pak(planOf(r));
    expect(u.permanent.features['security-contexts']).toBe(5);
    expect(keysOf(u)).toContainEqual({ features: { 'security-contexts': 10 }, days: 30, active: true });
    expect(r.issues.find((i) => i.code === 'import-key-split-assumed')?.message).toMatch(/5 permanent \+ 10 time-based or 10 permanent \+ 5 time-based/);
  });

  it('a time-based key on the ASA 5506-X, which takes none, is an error naming the line', () => {
    const text = fixture('asa-5506-x-security-plus.txt').replace(/^(Carrier\s+: )Disabled(\s+)perpetual$/m, '$1Enabled $2 30 days');
    const r = importDeviceText(text, START);
    expect(r.plan).toBeNull();
    expect(r.issues.find((i) => i.severity === 'error')).toMatchObject({ code: 'import-no-time-based-keys', line: 27 });
  });
});

describe('importDeviceText: failover pairs', () => {
  it('one unit with the failover cluster block: the other unit is derived and the assumptions are stated', () => {
    const r = read('asa-5555-x-failover-primary.txt');
    const plan = planOf(r);
    expect(plan.deployment).toMatchObject({ mode: 'failover', failover: 'active-standby' });
    const [a, b] = [pak(plan, 0), pak(plan, 1)];
    expect(a.id).toBe('primary');
    expect(a.permanent).toEqual({ tier: 'base', features: { encryption: '3des-aes', 'security-contexts': 20, 'uc-proxy-sessions': 250 } });
    expect(b.permanent).toEqual({ tier: 'base', features: { encryption: '3des-aes', 'security-contexts': 10, 'uc-proxy-sessions': 100 } });
    expect(keysOf(b)).toEqual([{ features: { 'botnet-traffic-filter': true }, days: 45, active: true }]);
    const derived = r.issues.find((i) => i.code === 'import-secondary-derived')!;
    expect(derived).toMatchObject({ severity: 'warning', unit: 'secondary', line: 49 });
    expect(derived.message).toMatch(/Assumed: the same model and Base license; the same Encryption license/);
    // The derived pair gives back the combined block the device printed.
    expect(evaluatePlan(plan).running).toMatchObject({ 'security-contexts': 30, 'uc-proxy-sessions': 350, 'botnet-traffic-filter': true });
    expect(codes(r)).not.toContain('import-engine-differs');
  });

  it('output of the secondary (asa/sec/stby#): the derived unit is the primary, units[0]', () => {
    const text = fixture('asa-5555-x-failover-primary.txt').replaceAll('asa/pri/act#', 'asa/sec/stby#');
    const plan = planOf(importDeviceText(text, START));
    expect(plan.deployment.units.map((u) => u.id)).toEqual(['primary', 'secondary']);
    expect(pak(plan, 1).permanent.features['security-contexts']).toBe(20);
    expect(pak(plan, 0).permanent.features['security-contexts']).toBe(10);
  });

  it('both units pasted: told apart by serial number, ordered by the failover prompt', () => {
    const plan = planOf(read('asa-5525-x-pair-both-units.txt'));
    expect(plan.deployment.mode).toBe('failover');
    expect(pak(plan, 0).permanent.features).toEqual({ encryption: '3des-aes', 'security-contexts': 10 });
    expect(pak(plan, 1).permanent.features).toEqual({ encryption: '3des-aes', 'uc-proxy-sessions': 24 });
    expect(plan.name).toBe('Imported ASA 5525-X (serial FCH1937J1AA, FCH1937J2BB)');
  });

  it('"failover cluster up" without the combined block: standalone, with a warning', () => {
    const text = fixture('asa-5555-x-failover-primary.txt').split('\nFailover cluster licensed')[0]!;
    const r = importDeviceText(text, START);
    expect(planOf(r).deployment.mode).toBe('standalone');
    expect(codes(r)).toContain('import-failover-block-missing');
  });
});

describe('importDeviceText: Smart output', () => {
  it('Firepower 2130 show license all + show running-config license', () => {
    const r = read('fpr-2130-show-license-all.txt');
    const u = smart(planOf(r));
    expect(u).toMatchObject({
      id: 'fw2130',
      model: 'fpr-2130',
      smart: { method: 'regular', exportControlled: true, entitlements: { standard: true, contexts: 8, carrier: false, 'strong-encryption': false } },
    });
    expect(r.unmapped.filter((l) => l.kind === 'unrecognized')).toEqual([]);
  });

  it('ASAv show version: throughput from the active entitlement, memory from the Hardware line', () => {
    const u = smart(planOf(read('asav-show-version.txt')));
    expect(u).toMatchObject({ model: 'asav', memoryGB: 8, smart: { entitlements: { throughput: '2G' }, exportControlled: true } });
  });

  it('an entitlement the model does not take is an error naming the line', () => {
    const text = `${fixture('fpr-2130-show-license-all.txt')}\nfw2130# show running-config license\nlicense smart\n feature carrier\n`;
    const r = importDeviceText(text, START);
    expect(r.plan).toBeNull();
    expect(r.issues.find((i) => i.severity === 'error')).toMatchObject({ code: 'import-entitlement-not-offered', line: 67 });
  });

  it('a Smart failover pair: contexts from the features block, the standby with only what each unit requests', () => {
    const rows = (contexts: number) => `Maximum VLANs                     : 1024\nEncryption-3DES-AES               : Enabled\nSecurity Contexts                 : ${contexts}\n`;
    const text = `fw/pri/act# show version\nHardware:   FPR-2130, 14852 MB RAM\nLicense mode: Smart Licensing\n\nLicensed features for this platform:\n${rows(10)}\nFailover cluster licensed features for this platform:\n${rows(12)}`;
    const r = importDeviceText(text, START);
    const plan = planOf(r);
    expect(plan.deployment.mode).toBe('failover');
    expect(smart(plan, 0).smart.entitlements.contexts).toBe(8);
    expect(smart(plan, 1).smart.entitlements).toMatchObject({ standard: true, contexts: 0 });
    expect(r.issues.find((i) => i.code === 'import-smart-contexts-from-row')?.message).toBe('line 8: Security Contexts 10 = 2 included with the Standard license + a Context license for 8');
  });

  it('PLR and evaluation states', () => {
    const plr = importDeviceText('UDI: PID:FPR-1120,SN:JAD1111\nLicense reservation: ENABLED\n', START);
    expect(smart(planOf(plr)).smart.method).toBe('plr');
    const evaluation = importDeviceText('UDI: PID:FPR-1140,SN:JAD2222\nRegistration:\n  Status: UNREGISTERED\nLicense Authorization:\n  Status: EVAL MODE\n', START);
    expect(smart(planOf(evaluation)).smart.method).toBe('evaluation');
  });
});
