// Every rejection names the JSON path, the value and the rule.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, pakUnit, plan, standalone } from '../test-support/plan-builders';

const errors = (p: unknown) =>
  evaluatePlan(p)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => i.message);

describe('plan validation', () => {
  it('the spec example: 7 contexts on a 5512-X Security Plus', () => {
    expect(errors(standalone({ model: 'asa-5512-x', tier: 'security-plus', features: { 'security-contexts': 7 } }))).toEqual([
      'deployment.units[0].permanent.features.security-contexts: 7 is not a Security Contexts license for the ASA 5512-X Security Plus (2 or 5)',
    ]);
  });

  it.each([
    [{ model: 'asa-5545-x', features: { 'security-contexts': 30 } }, 'security-contexts: 30 is not a Security Contexts license for the ASA 5545-X Base (2, 5, 10, 20 or 50)'],
    [{ model: 'asa-5545-x', features: { 'anyconnect-peers': 3000 } }, 'anyconnect-peers: 3000 is not a AnyConnect Premium Peers license for the ASA 5545-X Base (a whole number from 0 to 2500'],
    [
      { model: 'asa-5545-x', features: { 'uc-proxy-sessions': 3000 } },
      'uc-proxy-sessions: 3000 is not a Total UC Proxy Sessions license for the ASA 5545-X Base (2, 24, 50, 100, 250, 500, 750, 1000 or 2000)',
    ],
    [{ model: 'asa-5506-x', features: { 'security-contexts': 2 } }, 'Security Contexts is not supported on the ASA 5506-X Base'],
    [
      { model: 'asa-5508-x', features: { 'shared-license': 'server' } },
      '"server" is not a Shared AnyConnect Premium license for the ASA 5508-X Base (false): Shared licenses are not supported on this model.',
    ],
    [{ model: 'asa-5545-x', features: { throughput: '1G' } }, 'Throughput level is not a license of the ASA 5545-X Base'],
    [{ model: 'asa-5545-x', features: { 'vpn-seats': 5 } }, '"vpn-seats" is not a feature id'],
    [{ model: 'asa-5545-x', tier: 'security-plus' }, 'permanent.tier: "security-plus" is not a license tier of the ASA 5545-X ("base")'],
  ])('%j → %s', (unit, message) => {
    expect(errors(standalone(unit)).join('\n')).toContain(message);
  });

  it('time-based keys: values and features are checked too', () => {
    const msgs = errors(standalone({ keys: [key('k', { 'security-contexts': 7, vlans: 400 }, 30)] }));
    expect(msgs).toEqual([
      'deployment.units[0].timeBased[0].features.security-contexts: 7 is not a Security Contexts license for the ASA 5545-X Base (2, 5, 10, 20 or 50)',
      expect.stringContaining('timeBased[0].features.vlans: 400 cannot be set: VLANs, Maximum comes with the model and tier, not from a time-based key'),
    ]);
  });

  it.each([
    [{ format: 'asa-license-plan/2' }, 'format: "asa-license-plan/2" is not a supported plan format (expected "asa-license-plan/1")'],
    [{ startDate: '2027-02-30' }, 'startDate: "2027-02-30" is not a real calendar date'],
    [{ horizonDays: -5 }, 'horizonDays: -5 must be at least 1'],
    [{ horizonDays: 1.5 }, 'horizonDays: 1.5 must be a whole number'],
    [{ horizonDays: 1_000_000 }, 'horizonDays: 1000000 must be at most 36600'],
  ])('structural: %j', (patch, message) => {
    expect(errors({ ...standalone({}), ...patch })).toContain(message);
  });

  it.each([
    [
      { features: { 'security-contexts': 'x'.repeat(40) } },
      `deployment.units[0].permanent.features.security-contexts: "${'x'.repeat(40)}" must be a number, true/false or a text of at most 32 characters`,
    ],
    [{ features: { encryption: null } }, 'deployment.units[0].permanent.features.encryption: null must be a number, true/false or a text of at most 32 characters'],
    [{ features: [1] }, 'deployment.units[0].permanent.features: [1] must be an object of feature ids and values'],
    [{ features: { ['f'.repeat(65)]: 1 } }, `deployment.units[0].permanent.features.${'f'.repeat(65)}: 1 is not a feature id (longer than 64 characters)`],
    [
      { keys: [key('k', { 'botnet-traffic-filter': [true] } as never, 30)] },
      'deployment.units[0].timeBased[0].features.botnet-traffic-filter: [true] must be a number, true/false or a text of at most 32 characters',
    ],
  ])('feature values: %j', (unit, message) => {
    expect(errors(standalone(unit as never))).toContain(message);
  });

  it('unknown model ids name the path and the allowed ids', () => {
    const msg = errors(standalone({ model: 'asa-5510' }))[0];
    expect(msg).toMatch(/^deployment\.units\[0\]\.model: "asa-5510" must be one of 'asa-5506-x'/);
  });

  it('bad key durations and install days', () => {
    expect(errors(standalone({ keys: [key('k', { 'gtp-gprs': true }, 0)] }))).toContain('deployment.units[0].timeBased[0].days: 0 must be at least 1');
    expect(errors(standalone({ keys: [key('k', { 'gtp-gprs': true }, 10, { installDay: -1 })] }))).toContain('deployment.units[0].timeBased[0].installDay: -1 must be at least 0');
  });

  it('references: duplicate ids, unknown units and keys, events before install', () => {
    const p = plan({
      units: [pakUnit({ id: 'a', keys: [key('k', { 'gtp-gprs': true }, 30, { installDay: 10 })] }), pakUnit({ id: 'a' })],
      events: [
        { day: 5, type: 'deactivate', unit: 'a', key: 'k' },
        { day: 5, type: 'power-off', unit: 'zz', days: 3 },
        { day: 5, type: 'activate', unit: 'a', key: 'nope' },
      ],
    });
    const msgs = errors(p);
    expect(msgs).toContain('deployment.units[1].id: "a" is already the id of deployment.units[0]; unit ids must be unique');
    expect(msgs).toContain('events[0].day: 5 is before key "k" is installed (day 10)');
    expect(msgs).toContain('events[1].unit: "zz" is not the id of a unit in deployment.units');
    expect(msgs).toContain('events[2].key: "nope" is not a time-based key of unit "a"');
  });

  it('never throws on garbage', () => {
    for (const bad of [null, 42, 'plan', [], {}, { format: 'asa-license-plan/1' }, { format: 'asa-license-plan/1', deployment: { units: [null] } }]) {
      const r = evaluatePlan(bad);
      expect(r.valid).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });

  it('does not mutate its input', () => {
    const p = standalone({ keys: [key('k', { 'gtp-gprs': true }, 30)] });
    const copy = JSON.parse(JSON.stringify(p));
    evaluatePlan(p, { at: 40 });
    expect(p).toEqual(copy);
  });
});
