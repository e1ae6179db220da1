import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { parsePlan } from '../plan/parse-plan';
import type { Plan, PlanInput } from '../plan/schema';
import type { EvaluateResult } from '../result';
import { renderShowVersion } from './index';

function parsed(input: PlanInput): Plan {
  const p = parsePlan(input);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.plan;
}

const pair: PlanInput = {
  format: 'asa-license-plan/1',
  startDate: '2027-01-01',
  deployment: {
    mode: 'failover',
    failover: 'active-standby',
    units: [
      {
        id: 'fw-a',
        model: 'asa-5545-x',
        software: '9.16(3)',
        permanent: { tier: 'base', features: { 'security-contexts': 10, encryption: '3des-aes' } },
        timeBased: [
          { id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 364 },
          { id: 'ctx-5', features: { 'security-contexts': 5 }, days: 30 },
        ],
      },
      {
        id: 'fw-b',
        model: 'asa-5545-x',
        software: '9.16(3)',
        permanent: { tier: 'base', features: { encryption: '3des-aes' } },
        timeBased: [{ id: 'btf-2', features: { 'botnet-traffic-filter': true }, days: 90 }],
      },
    ],
  },
};

describe('renderShowVersion', () => {
  const plan = parsed(pair);
  const result = evaluatePlan(pair);

  it('prints a unit block, the failover cluster block and the key listing in the ASA layout', () => {
    expect(renderShowVersion(result, plan, { unit: 'fw-a' })).toBe(`Cisco Adaptive Security Appliance Software Version 9.16(3)

Hardware:   ASA5545

Licensed features for this platform:
Maximum VLANs                     : 300            perpetual
Failover                          : Active/Active  perpetual
Encryption-DES                    : Enabled        perpetual
Encryption-3DES-AES               : Enabled        perpetual
Security Contexts                 : 15             30 days
Carrier                           : Disabled       perpetual
AnyConnect Premium Peers          : 0              perpetual
AnyConnect Essentials             : Disabled       perpetual
Other VPN Peers                   : 2500           perpetual
Total VPN Peers                   : 2500           perpetual
Shared License                    : Disabled       perpetual
Total TLS Proxy Sessions          : 2              perpetual
Botnet Traffic Filter             : Enabled        364 days
IPS Module                        : Disabled       perpetual
Cluster                           : Enabled        perpetual
Cluster Members                   : 2              perpetual
VPN Load Balancing                : Enabled        perpetual

This platform has an ASA 5545 VPN Premium license.

Failover cluster licensed features for this platform:
Maximum VLANs                     : 300            perpetual
Failover                          : Active/Active  perpetual
Encryption-DES                    : Enabled        perpetual
Encryption-3DES-AES               : Enabled        perpetual
Security Contexts                 : 17             30 days
Carrier                           : Disabled       perpetual
AnyConnect Premium Peers          : 0              perpetual
AnyConnect Essentials             : Disabled       perpetual
Other VPN Peers                   : 2500           perpetual
Total VPN Peers                   : 2500           perpetual
Shared License                    : Disabled       perpetual
Total TLS Proxy Sessions          : 4              perpetual
Botnet Traffic Filter             : Enabled        90 days
IPS Module                        : Disabled       perpetual
Cluster                           : Enabled        perpetual
Cluster Members                   : 2              perpetual
VPN Load Balancing                : Enabled        perpetual

This platform has an ASA 5545 VPN Premium license.

Active Timebased Activation Key:
Planned time-based key "btf-1"
Botnet Traffic Filter             : Enabled        364 days

Planned time-based key "ctx-5"
Security Contexts                 : 5              30 days
`);
  });

  it('aligns every row: colon in column 35, duration in column 52', () => {
    const rows = renderShowVersion(result, plan)
      .split('\n')
      .filter((l) => / : /.test(l));
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(row.indexOf(':')).toBe(34);
      expect(row.slice(51)).toMatch(/^(perpetual|\d+ days)$/);
    }
  });

  it('figures come from the evaluate result at the asked day', () => {
    const at100 = evaluatePlan(pair, { at: 100 });
    const text = renderShowVersion(at100, plan, { unit: 'fw-a' });
    expect(text).toMatch(/^Security Contexts {17}: 10 {13}perpetual$/m);
    expect(text).toMatch(/^Botnet Traffic Filter {13}: Enabled {8}264 days$/m);
    // fw-b's 90-day key has expired, so the pair shows fw-a's.
    expect(text.split('Failover cluster')[1]).toMatch(/^Botnet Traffic Filter {13}: Enabled {8}264 days$/m);
  });

  it('combined: only the failover cluster block; unit: the other unit', () => {
    const combined = renderShowVersion(result, plan, { combined: true });
    expect(combined).not.toContain('Licensed features for this platform:');
    expect(combined).toContain('Failover cluster licensed features for this platform:');
    expect(combined).not.toContain('Timebased Activation Key');
    const b = renderShowVersion(result, plan, { unit: 'fw-b' });
    expect(b.split('Failover cluster')[0]).toMatch(/^Security Contexts {17}: 2 {14}perpetual$/m);
    expect(b).toContain('Planned time-based key "btf-2"');
    expect(renderShowVersion(result, plan, { unit: 'nope' })).toBe('ERROR: unit "nope" is not in the plan\n');
  });

  it('uses the labels of the unit software: SSL VPN Peers before 8.4(1), GTP/GPRS before 9.5(2), VPN-3DES-AES on 8.x', () => {
    const old: PlanInput = {
      format: 'asa-license-plan/1',
      startDate: '2027-01-01',
      deployment: { units: [{ id: 'x', model: 'asa-5585-x-ssp-10', software: '8.2(5)', permanent: { tier: 'base', features: { encryption: '3des-aes', 'anyconnect-peers': 500 } } }] },
    };
    const text = renderShowVersion(evaluatePlan(old), parsed(old));
    for (const label of ['VPN-DES', 'VPN-3DES-AES', 'SSL VPN Peers', 'GTP/GPRS', 'Total UC Proxy Sessions', '10GE I/O']) expect(text).toMatch(new RegExp(`^${label} +: `, 'm'));
    expect(text).toContain('This platform has a Base license.');
    expect(text).not.toContain('Failover cluster');
  });

  it('two-tier models print Base or Security Plus; keys use the activation key kept in the note', () => {
    const input: PlanInput = {
      format: 'asa-license-plan/1',
      startDate: '2027-01-01',
      deployment: {
        units: [
          {
            id: 'x',
            model: 'asa-5512-x',
            permanent: { tier: 'security-plus', features: {} },
            timeBased: [{ id: 'k', features: { 'botnet-traffic-filter': true }, days: 10, active: false, note: 'Activation key 0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285' }],
          },
        ],
      },
    };
    const text = renderShowVersion(evaluatePlan(input), parsed(input));
    expect(text).toContain('This platform has a Security Plus license.');
    expect(text).toContain('Inactive Timebased Activation Key:\n0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285\nBotnet Traffic Filter             : Enabled        10 days');
    expect(text).not.toMatch(/^Security Contexts .*Disabled/m);
  });

  it('Smart units: License mode line, no duration column, Carrier from the carrier feature', () => {
    const input: PlanInput = { format: 'asa-license-plan/1', startDate: '2027-01-01', deployment: { units: [{ id: 's', model: 'fpr-2130', smart: { entitlements: { contexts: 8 } } }] } };
    const result: EvaluateResult = {
      ...evaluatePlan(input),
      units: { s: { vlans: 1024, failover: 'active-active', encryption: '3des-aes', 'security-contexts': 10, carrier: 'unsupported', 'anyconnect-peers': 0 } },
    };
    const text = renderShowVersion(result, parsed(input));
    expect(text).toContain('Hardware:   FPR-2130\n\nLicense mode: Smart Licensing\n');
    expect(text).toMatch(/^Security Contexts {17}: 10$/m);
    expect(text).toMatch(/^Carrier {27}: Disabled$/m);
    expect(text).not.toContain('perpetual');
    expect(text).not.toContain('This platform has');
  });
});
