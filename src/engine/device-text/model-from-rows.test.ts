import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { importDeviceText } from './index';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const START = { startDate: '2027-03-01' };
const withoutModelLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => !/^Hardware:|platform has an? /i.test(l))
    .join('\n');

describe('a license block with no Hardware: line (000 §"Licenses Per Model", 001 §"Licenses Per Model")', () => {
  it('imports when exactly one catalog model and tier gives every value shown, and says so (ASA 5525-X Base: VLANs 200, 750 AnyConnect and other VPN peers, 2 cluster members)', () => {
    const r = importDeviceText(fixture('asa-5525-x-no-hardware-line.txt'), START);
    expect(r.plan!.deployment.units[0]).toMatchObject({ model: 'asa-5525-x', permanent: { tier: 'base', features: { 'security-contexts': 10, 'anyconnect-peers': 750 } } });
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        code: 'import-model-from-rows',
        line: 8,
        message: expect.stringContaining('the ASA 5525-X Base is the only catalog model and tier whose table gives every value shown (13 rows)'),
      }),
    );
    expect(evaluatePlan(r.plan).valid).toBe(true);
  });

  it('is refused with the candidates when several fit (250 other VPN peers, VLANs 100, 5 contexts: ASA 5512-X Security Plus or ASA 5515-X Base)', () => {
    const r = importDeviceText(withoutModelLines(fixture('asa-5512-x-security-plus.txt')), START);
    expect(r.plan).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'import-model-ambiguous', message: expect.stringContaining('fit 2 catalog models and tiers: ASA 5512-X Security Plus, ASA 5515-X Base') }),
    ]);
  });

  it('is refused when no catalog model and tier gives every value (a 9.12 5512-X Base printing Security Contexts 2 needs its Hardware: line)', () => {
    const r = importDeviceText(withoutModelLines(fixture('asa-5512-x-base-9-12-contexts-2.txt')), START);
    expect(r.plan).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'import-no-model', message: expect.stringContaining('no catalog model and tier gives every value shown') })]);
  });

  it('a 5585-X family line is narrowed by the rows when only one model fits (Other VPN Peers 5000: SSP-10), else refused naming those that fit', () => {
    const one = importDeviceText('This platform has an ASA 5585-X Security Plus license.\nLicensed features for this platform:\nOther VPN Peers : 5000 perpetual\n', START);
    expect(one.plan!.deployment.units[0]!.model).toBe('asa-5585-x-ssp-10');
    expect(one.issues).toContainEqual(expect.objectContaining({ code: 'import-model-from-platform-line', message: expect.stringContaining('which only the ASA 5585-X with SSP-10 gives') }));
    const several = importDeviceText('This platform has an ASA 5585-X Security Plus license.\nLicensed features for this platform:\nOther VPN Peers : 10000 perpetual\n', START);
    expect(several.plan).toBeNull();
    expect(several.issues[0]).toMatchObject({
      code: 'import-model-ambiguous',
      message: expect.stringContaining('(the values shown fit ASA 5585-X with SSP-20, ASA 5585-X with SSP-40, ASA 5585-X with SSP-60)'),
    });
  });
});
