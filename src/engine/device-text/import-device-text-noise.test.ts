// importDeviceText on output as it really arrives: noise, nonsense, broken tables, other platforms, serials, no license lines.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { importDeviceText, MAX_INPUT_CHARS } from './index';
import { codes, engineErrors, fixture, keysOf, pak, planOf, read, smart, START } from '../test-support/device-text-import';

describe('importDeviceText: real-world noise', () => {
  it('CRLF line ends, "<--- More --->" with backspaces and carriage returns, a login banner before and a logout after', () => {
    const text = fixture('asa-5545-x-crlf-pager.txt');
    expect(text).toContain('\r\n');
    const r = importDeviceText(text, START);
    const u = pak(planOf(r));
    expect(u.permanent.features).toEqual({ encryption: '3des-aes', 'security-contexts': 10, 'anyconnect-peers': 1000 });
    expect(r.unmapped.some((l) => /More|\r|\x08/.test(l.text))).toBe(false);
    expect(r.unmapped.filter((l) => l.kind === 'unrecognized').map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('text before and after, and a config-mode prompt', () => {
    const text = `Here is the output you asked for:\n\nasa(config)# show version\n${fixture('asa-5512-x-security-plus.txt')}\nThanks!\n`;
    const r = importDeviceText(text, START);
    expect(pak(planOf(r)).permanent.tier).toBe('security-plus');
    expect(r.unmapped.filter((l) => l.kind === 'unrecognized').map((l) => l.text)).toEqual(['Here is the output you asked for:', 'Thanks!']);
  });

  it('a shared licensing server prints its pool; a bare "Enabled" is read as a participant, with a warning', () => {
    const base = fixture('asa-5545-x-show-version.txt').replace(/^(Shared License\s+: )Disabled /m, '$1Enabled  ');
    const participant = importDeviceText(base, START);
    expect(pak(planOf(participant)).permanent.features['shared-license']).toBe('participant');
    expect(codes(participant)).toContain('import-shared-role-assumed');
    const server = importDeviceText(base.replace(/^(Shared License.*)$/m, '$1\n  Shared AnyConnect Premium Peers : 12000          perpetual'), START);
    expect(pak(planOf(server)).permanent.features['shared-license']).toBe('server');
  });
});

describe('importDeviceText: strict about nonsense', () => {
  it('two different models', () => {
    const r = read('nonsense-two-models.txt');
    expect(r.plan).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'import-model-conflict', line: 7 })]);
    expect(r.issues[0]!.message).toMatch(/line 1 \("ASA5545"\) names the ASA 5545-X but line 7 \("ASA 5525"\) names the ASA 5525-X/);
  });

  it('no recognizable model', () => {
    const r = read('nonsense-ios-router.txt');
    expect(r.plan).toBeNull();
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'import-no-model' });
    expect(r.unmapped.map((u) => u.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a features block without any model line: read only when one model and tier fits (model-from-rows.test.ts)', () => {
    // Maximum VLANs 300 is the ASA 5545-X Base's alone (000 §"Licenses Per Model").
    const one = importDeviceText('Licensed features for this platform:\nMaximum VLANs : 300 perpetual\n', START);
    expect(one.plan!.deployment.units[0]!.model).toBe('asa-5545-x');
    const r = importDeviceText('Licensed features for this platform:\nMaximum VLANs : 200 perpetual\n', START);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'import-model-ambiguous' });
  });

  it('a value the catalog does not allow names the line', () => {
    const r = read('nonsense-bad-value.txt');
    expect(r.plan).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'import-value-not-allowed',
        line: 6,
        message: 'line 6: "Security Contexts : 7 perpetual" — 7 is not a Security Contexts license for the ASA 5545-X Base (2, 5, 10, 20 or 50)',
      }),
    ]);
  });

  it('a value that is not a value', () => {
    const r = importDeviceText('Hardware:   ASA5545, 12288 MB RAM\nLicensed features for this platform:\nSecurity Contexts : lots perpetual\n', START);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'import-bad-value', line: 3 });
  });

  it('a model outside the catalog, and an ambiguous 5585-X', () => {
    const old = importDeviceText('Hardware:   ASA5520, 2048 MB RAM, CPU Pentium 4 2000 MHz\n', START);
    expect(old.issues[0]).toMatchObject({ severity: 'error', code: 'import-model-not-in-catalog', line: 1 });
    const ssp = importDeviceText('This platform has an ASA 5585-X Security Plus license.\n', START);
    expect(ssp.issues[0]).toMatchObject({ severity: 'error', code: 'import-model-ambiguous' });
  });

  it('more than two devices, and two serial numbers without a prompt between them', () => {
    const one = fixture('asa-5525-x-pair-both-units.txt');
    const three = `${one}\nasa3# show version\nHardware:   ASA5525, 8192 MB RAM\nSerial Number: FCH1937J3CC\n`;
    expect(importDeviceText(three, START).issues.at(-1)).toMatchObject({ code: 'import-too-many-devices' });
    const mixed = importDeviceText('Hardware:   ASA5525, 8192 MB RAM\nSerial Number: AAA111\nSerial Number: BBB222\n', START);
    expect(mixed.issues[0]).toMatchObject({ code: 'import-serials-mixed', line: 3 });
  });

  it('caps the input at 1 MB, checks the start date and the input type, and never throws', () => {
    const big = importDeviceText('x'.repeat(MAX_INPUT_CHARS + 1), START);
    expect(big).toMatchObject({ plan: null, unmapped: [], issues: [{ severity: 'error', code: 'import-too-large' }] });
    expect(importDeviceText('', START).issues[0]!.code).toBe('import-empty');
    expect(importDeviceText(fixture('asa-5545-x-show-version.txt'), { startDate: '2027-02-30' }).issues[0]!.code).toBe('import-start-date');
    expect(importDeviceText(42 as unknown as string, START).issues[0]!.code).toBe('import-not-text');
  });

  it('any text: never throws; a plan comes back only without error issues and always validates', () => {
    const lines = fixture('asa-5525-x-activation-key.txt').split('\n');
    const line = fc.oneof(
      fc.constantFrom(...lines),
      fc.string({ maxLength: 60 }),
      fc.constantFrom('Hardware:   ASA5545, 1 MB RAM', 'Failover cluster licensed features for this platform:', 'Security Contexts : 250 9 days', '<--- More --->', 'x/pri/act# show ver'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), (picked, crlf) => {
        const r = importDeviceText(picked.join(crlf ? '\r\n' : '\n'), START);
        const errors = r.issues.filter((i) => i.severity === 'error');
        if (r.plan === null) expect(errors.length).toBeGreaterThan(0);
        else expect(engineErrors(r.plan).filter((i) => i.code.startsWith('plan-') || i.code.endsWith('-feature-value'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('importDeviceText: a features table broken by a blank line, a pager line or a bare CR (issue 25)', () => {
  // 000 §"Licenses Per Model" (ASA 5545-X): the contexts, encryption and Carrier rows sit after the break.
  const base = fixture('asa-5545-x-show-version.txt').replace(/\r/g, '');
  const breakBefore = (row: RegExp, insert: string) => base.replace(row, (m) => `${insert}${m}`);
  const expected = { encryption: '3des-aes', 'security-contexts': 20, 'gtp-gprs': true };
  it.each([
    ['a blank line', '\n'],
    ['a lone "<--- More --->" line', '<--- More --->\n'],
    ['a line with only a CR', '\r\n'],
  ])('%s inside the table: the table continues and the licensed features survive', (_name, insert) => {
    const r = importDeviceText(breakBefore(/^Encryption-DES/m, insert), START);
    const u = pak(planOf(r));
    expect(u.permanent.features).toMatchObject(expected);
    expect(keysOf(u)).toEqual([{ features: { 'botnet-traffic-filter': true }, days: 120, active: true }]);
    expect(r.unmapped.filter((l) => l.kind === 'unrecognized')).toEqual([]);
  });

  it('rows joined by a bare CR (no LF) are both read', () => {
    const text = base.replace(/\n(Security Contexts)/, '\r$1');
    const u = pak(planOf(importDeviceText(text, START)));
    expect(u.permanent.features).toMatchObject(expected);
  });
});

describe('importDeviceText: output that is not of an ASA the catalog models (issue 24 items 9, 12)', () => {
  it.each([
    ['ftd-fpr-2110-show-version.txt', 3, /Firepower Threat Defense \(FTD\) on Firepower 2110/],
    ['ftd-on-asa-5516-x.txt', 3, /Firepower Threat Defense \(FTD\) on ASA 5516-X hardware/],
    ['pix-515e-show-version.txt', 3, /Cisco PIX/],
    ['pix-6x-licensed-features.txt', 1, /Cisco PIX/],
    ['asa-5505-7x-show-version.txt', 12, /ASA 5505 \(software before 8\.3\)/],
    ['fwsm-show-version.txt', 1, /Firewall Services Module \(FWSM\)/],
  ])('%s is refused, the platform named, never imported as an ASA', (name, line, platform) => {
    const r = read(name);
    expect(r.plan).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'import-not-asa', line })]);
    expect(r.issues[0]!.message).toMatch(platform);
  });
});

describe('importDeviceText: serial number and activation key kept on the unit (issue 24 item 14)', () => {
  it('read from show version, kept as the unit extensions serial / activationKey, and rendered back', async () => {
    const plan = planOf(read('asa-5545-x-show-version.txt'));
    expect(pak(plan)).toMatchObject({ serial: 'FCH1851J0AB', activationKey: '0x4a30e24d 0x54c0a9f2 0x917d5d8c 0xe6a4e0c8 0x0e3211a3' });
    const { renderShowVersion } = await import('./index');
    const text = renderShowVersion(evaluatePlan(plan), plan);
    expect(text).toContain('Serial Number: FCH1851J0AB');
    expect(text).toContain('Running Permanent Activation Key: 0x4a30e24d 0x54c0a9f2 0x917d5d8c 0xe6a4e0c8 0x0e3211a3');
    const again = pak(planOf(importDeviceText(text, START)));
    expect(again).toMatchObject({ serial: 'FCH1851J0AB', activationKey: '0x4a30e24d 0x54c0a9f2 0x917d5d8c 0xe6a4e0c8 0x0e3211a3' });
  });
  it('a Smart unit keeps the UDI serial; a derived failover peer gets none', () => {
    expect(smart(planOf(read('fpr-2130-show-license-all.txt'))).serial).toBe('JAD2134567A');
    const derived = planOf(read('asa-5555-x-failover-primary.txt'));
    expect(pak(derived, 1).serial).toBeUndefined();
  });
});

describe('importDeviceText: no license lines, and no invalid plan (issue 24 item 10)', () => {
  it('a show version header without license lines is refused, naming the model', () => {
    const r = read('asa-5545-x-header-only.txt');
    expect(r.plan).toBeNull();
    expect(r.issues.find((i) => i.severity === 'error')).toMatchObject({ code: 'import-no-license-lines' });
    expect(r.issues.find((i) => i.severity === 'error')!.message).toMatch(/ASA 5545-X but has no license lines/);
  });

  it('every fixture that imports gives a plan that evaluates valid', () => {
    const names = readdirSync(join(__dirname, 'fixtures')).filter((n) => n.endsWith('.txt'));
    let imported = 0;
    for (const name of names) {
      const r = read(name);
      if (r.plan === null) continue;
      imported++;
      expect({ name, valid: evaluatePlan(r.plan).valid }).toEqual({ name, valid: true });
    }
    expect(imported).toBeGreaterThanOrEqual(11);
  });
});
