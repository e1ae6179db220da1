import { describe, expect, it } from 'vitest';
import { evaluatePlan, parsePlan, type Plan } from '../../engine/index';
import { newPlan } from './new-plan';
import { applySecureClientCommand, isSecureClientCommand, secureClientCoalesceKey, type SecureClientCommand } from './secure-client-commands';

const base = (): Plan => newPlan('2027-01-01', 'HQ');
const run = (plan: Plan, ...cmds: SecureClientCommand[]): Plan => cmds.reduce(applySecureClientCommand, plan);

describe('secure client commands', () => {
  it('enable adds an empty secureClient; disable removes it', () => {
    const on = run(base(), { type: 'sc-enable' });
    expect(on.secureClient).toEqual({ licenses: [] });
    expect(run(on, { type: 'sc-enable' })).toBe(on);
    expect('secureClient' in run(on, { type: 'sc-disable' })).toBe(false);
  });

  it('adds licenses with free ids per type, starting on day 0', () => {
    const p = run(
      base(),
      { type: 'sc-add-license', license: { type: 'plus', termMonths: 12 } },
      { type: 'sc-add-license', license: { type: 'plus' } },
      { type: 'sc-add-license', license: { type: 'vpn-only' } },
    );
    expect(p.secureClient?.licenses.map((l) => l.id)).toEqual(['plus-1', 'plus-2', 'vpn-only-1']);
    expect(p.secureClient?.licenses[0]).toEqual({ id: 'plus-1', type: 'plus', startDay: 0, termMonths: 12 });
  });

  it('patches a license: a value sets a field, undefined removes it', () => {
    const p = run(
      base(),
      { type: 'sc-add-license', license: { type: 'plus', termMonths: 12 } },
      { type: 'sc-patch-license', index: 0, patch: { users: 873, termMonths: 30 } },
      { type: 'sc-patch-license', index: 0, patch: { shipDay: 5 } },
      { type: 'sc-patch-license', index: 0, patch: { shipDay: undefined } },
    );
    expect(p.secureClient?.licenses[0]).toEqual({ id: 'plus-1', type: 'plus', startDay: 0, termMonths: 30, users: 873 });
    expect(parsePlan(p).ok).toBe(true);
  });

  it('changes the type with the patch the form asks for', () => {
    const p = run(
      base(),
      { type: 'sc-add-license', license: { type: 'plus', users: 50 } },
      { type: 'sc-set-license-type', index: 0, licenseType: 'vpn-only', patch: { users: undefined, sessions: 50 } },
    );
    expect(p.secureClient?.licenses[0]).toEqual({ id: 'plus-1', type: 'vpn-only', startDay: 0, sessions: 50 });
  });

  it('an index out of range changes nothing', () => {
    const p = run(base(), { type: 'sc-enable' });
    expect(run(p, { type: 'sc-patch-license', index: 3, patch: { users: 1 } })).toBe(p);
    expect(run(p, { type: 'sc-remove-license', index: 0 })).toBe(p);
    expect(run(base(), { type: 'sc-patch-license', index: 0, patch: { users: 1 } }).secureClient).toBeUndefined();
  });

  it('removes a license', () => {
    const p = run(base(), { type: 'sc-add-license', license: { type: 'plus' } }, { type: 'sc-add-license', license: { type: 'apex' } }, { type: 'sc-remove-license', index: 0 });
    expect(p.secureClient?.licenses.map((l) => l.id)).toEqual(['apex-1']);
  });

  it('patches the demand and drops it when empty', () => {
    const p = run(base(), { type: 'sc-patch-demand', patch: { uniqueUsers: 1200, features: ['saml'] } });
    expect(p.secureClient).toEqual({ licenses: [], demand: { uniqueUsers: 1200, features: ['saml'] } });
    const q = run(p, { type: 'sc-patch-demand', patch: { uniqueUsers: undefined, features: undefined } });
    expect(q.secureClient).toEqual({ licenses: [] });
  });

  it('typing in one field coalesces into one undo step', () => {
    expect(secureClientCoalesceKey({ type: 'sc-patch-license', index: 1, patch: { users: 8 } })).toBe('sc-patch-license:1:users');
    expect(secureClientCoalesceKey({ type: 'sc-patch-demand', patch: { growthPercentPerYear: 5 } })).toBe('sc-patch-demand:growthPercentPerYear');
    expect(secureClientCoalesceKey({ type: 'sc-add-license', license: { type: 'plus' } })).toBeUndefined();
  });

  it('recognises its commands', () => {
    expect(isSecureClientCommand({ type: 'sc-enable' })).toBe(true);
    expect(isSecureClientCommand({ type: 'add-unit' })).toBe(false);
  });
});

describe('legacy shared licensing commands (secureClient.shared)', () => {
  /** HQ with a second unit, Secure Client on, shared licensing on. */
  const sharedPlan = (): Plan => {
    const p = base();
    const withUnits: Plan = { ...p, deployment: { ...p.deployment, units: [...p.deployment.units, { ...p.deployment.units[0]!, id: 'fw-b' }] } };
    return run(withUnits, { type: 'sc-enable' }, { type: 'sc-shared-enable' });
  };
  const valid = (p: Plan) => expect(parsePlan(p)).toMatchObject({ ok: true });

  it('enable starts a valid network served by the first unit; disable drops only the shared section', () => {
    const p = sharedPlan();
    expect(p.secureClient?.shared).toEqual({ pool: 500, refreshIntervalSeconds: 30, launchDay: 0, server: { primary: 'fw-a' }, participants: [], outages: [], unreachable: [] });
    valid(p);
    expect(run(p, { type: 'sc-shared-enable' })).toBe(p);
    const off = run(p, { type: 'sc-shared-disable' });
    expect(off.secureClient).toEqual({ licenses: [] });
    expect(run(off, { type: 'sc-shared-disable' })).toBe(off);
    // Without Secure Client licensing yet, enabling adds it around the shared section.
    expect(run(base(), { type: 'sc-shared-enable' }).secureClient).toMatchObject({ licenses: [], shared: { server: { primary: 'fw-a' } } });
  });

  it('patches the pool, the refresh interval, the server and its standby', () => {
    const p = run(
      sharedPlan(),
      { type: 'sc-shared-patch', patch: { pool: 1000, refreshIntervalSeconds: 60 } },
      { type: 'sc-shared-patch-server', patch: { primary: 'srv-1', standby: 'srv-2' } },
      { type: 'sc-shared-patch-server', patch: { standby: undefined } },
    );
    expect(p.secureClient?.shared).toMatchObject({ pool: 1000, refreshIntervalSeconds: 60, server: { primary: 'srv-1' } });
    expect(p.secureClient?.shared?.server).toEqual({ primary: 'srv-1' });
    valid(p);
  });

  it('adds a backup on the first unit outside the main server pair, patches it, removes it', () => {
    const p = run(sharedPlan(), { type: 'sc-shared-add-backup' });
    expect(p.secureClient?.shared?.backup).toEqual({ primary: 'fw-b' });
    expect(run(p, { type: 'sc-shared-add-backup', primary: 'x' })).toBe(p);
    const q = run(p, { type: 'sc-shared-patch-backup', patch: { standby: 'fw-c', registeredDay: 3 } });
    expect(q.secureClient?.shared?.backup).toEqual({ primary: 'fw-b', standby: 'fw-c', registeredDay: 3 });
    valid(q);
    expect(run(q, { type: 'sc-shared-remove-backup' }).secureClient?.shared?.backup).toBeUndefined();
    // With every plan unit in the main pair, the backup gets a typed-looking id.
    const pair = run(sharedPlan(), { type: 'sc-shared-patch-server', patch: { standby: 'fw-b' } }, { type: 'sc-shared-add-backup' });
    expect(pair.secureClient?.shared?.backup).toEqual({ primary: 'backup-1' });
    expect(run(sharedPlan(), { type: 'sc-shared-patch-backup', patch: { standby: 'x' } })).toEqual(sharedPlan());
  });

  it('adds participants from the plan units first, then participant-N; patches and removes them', () => {
    const p = run(
      sharedPlan(),
      { type: 'sc-shared-add-participant' },
      { type: 'sc-shared-add-participant' },
      { type: 'sc-shared-add-participant' },
      { type: 'sc-shared-add-participant', id: 'branch-9' },
    );
    expect(p.secureClient?.shared?.participants.map((x) => x.id)).toEqual(['fw-a', 'fw-b', 'participant-1', 'branch-9']);
    expect(p.secureClient?.shared?.participants[0]).toEqual({ id: 'fw-a', localSessions: 0, localKind: 'permanent', demand: [] });
    const q = run(
      p,
      { type: 'sc-shared-patch-participant', index: 3, patch: { platformLimit: 250, localSessions: 50, standby: 'branch-9b' } },
      { type: 'sc-shared-patch-participant', index: 3, patch: { standby: undefined } },
    );
    expect(q.secureClient?.shared?.participants[3]).toEqual({ id: 'branch-9', localSessions: 50, localKind: 'permanent', demand: [], platformLimit: 250 });
    valid(q);
    const r = run(q, { type: 'sc-shared-remove-participant', index: 1 });
    expect(r.secureClient?.shared?.participants.map((x) => x.id)).toEqual(['fw-a', 'participant-1', 'branch-9']);
    expect(run(r, { type: 'sc-shared-remove-participant', index: 7 })).toBe(r);
    expect(run(r, { type: 'sc-shared-patch-participant', index: 7, patch: { localSessions: 1 } })).toBe(r);
  });

  it('demand steps: the first at day 0, the next a copy 30 days on; patch and remove', () => {
    const p = run(
      sharedPlan(),
      { type: 'sc-shared-add-participant' },
      { type: 'sc-shared-add-demand-step', participant: 0 },
      { type: 'sc-shared-patch-demand-step', participant: 0, index: 0, patch: { sessions: 120 } },
      { type: 'sc-shared-add-demand-step', participant: 0 },
      { type: 'sc-shared-add-demand-step', participant: 0, step: { day: 90.5, sessions: 0 } },
      { type: 'sc-shared-patch-demand-step', participant: 0, index: 1, patch: { day: 45, sessions: 200 } },
    );
    expect(p.secureClient?.shared?.participants[0]?.demand).toEqual([
      { day: 0, sessions: 120 },
      { day: 45, sessions: 200 },
      { day: 90.5, sessions: 0 },
    ]);
    valid(p);
    const q = run(p, { type: 'sc-shared-remove-demand-step', participant: 0, index: 0 });
    expect(q.secureClient?.shared?.participants[0]?.demand.map((s) => s.day)).toEqual([45, 90.5]);
    expect(run(q, { type: 'sc-shared-remove-demand-step', participant: 0, index: 5 })).toBe(q);
    expect(run(q, { type: 'sc-shared-add-demand-step', participant: 4 })).toBe(q);
    expect(run(q, { type: 'sc-shared-patch-demand-step', participant: 1, index: 0, patch: { sessions: 1 } })).toBe(q);
  });

  it('outages and cut-offs: the main server for a day by default; patch and remove', () => {
    const p = run(
      sharedPlan(),
      { type: 'sc-shared-add-outage', list: 'outages' },
      { type: 'sc-shared-patch-outage', list: 'outages', index: 0, patch: { day: 30, days: 20 } },
      { type: 'sc-shared-add-outage', list: 'unreachable', outage: { unit: 'fw-b', day: 5, days: 0, seconds: 120 } },
      { type: 'sc-shared-patch-outage', list: 'unreachable', index: 0, patch: { seconds: undefined, days: 2 } },
    );
    expect(p.secureClient?.shared?.outages).toEqual([{ unit: 'fw-a', day: 30, days: 20 }]);
    expect(p.secureClient?.shared?.unreachable).toEqual([{ unit: 'fw-b', day: 5, days: 2 }]);
    valid(p);
    const q = run(p, { type: 'sc-shared-remove-outage', list: 'outages', index: 0 });
    expect(q.secureClient?.shared?.outages).toEqual([]);
    expect(run(q, { type: 'sc-shared-remove-outage', list: 'outages', index: 0 })).toBe(q);
    expect(run(q, { type: 'sc-shared-patch-outage', list: 'unreachable', index: 3, patch: { day: 1 } })).toBe(q);
  });

  it('without a shared section the shared commands change nothing', () => {
    const p = run(base(), { type: 'sc-enable' });
    const cmds: SecureClientCommand[] = [
      { type: 'sc-shared-disable' },
      { type: 'sc-shared-patch', patch: { pool: 1 } },
      { type: 'sc-shared-add-participant' },
      { type: 'sc-shared-add-outage', list: 'outages' },
      { type: 'sc-shared-add-backup' },
    ];
    for (const cmd of cmds) expect(run(p, cmd)).toBe(p);
  });

  it('the engine simulates what the commands build: 000 §"About the Shared Licensing Backup Server" 20-day example', () => {
    const p = run(
      sharedPlan(),
      { type: 'sc-shared-add-backup', primary: 'branch-1' },
      { type: 'sc-shared-add-participant', id: 'branch-1' },
      { type: 'sc-shared-patch-participant', index: 0, patch: { platformLimit: 250 } },
      { type: 'sc-shared-add-demand-step', participant: 0, step: { day: 0, sessions: 50 } },
      { type: 'sc-shared-add-outage', list: 'outages', outage: { unit: 'fw-a', day: 30, days: 20 } },
    );
    const stretches = evaluatePlan(p, { at: 0 }).secureClient?.shared?.stretches ?? [];
    const at = (day: number) => stretches.find((s) => s.from <= day && day < s.to);
    expect(at(30)).toMatchObject({ server: { role: 'backup', unit: 'branch-1' }, backupLimitDays: 30, backupLimitRate: -1 });
    expect(at(50)).toMatchObject({ server: { role: 'main', unit: 'fw-a' }, backupLimitDays: 10, backupLimitRate: 1 });
    expect(at(70)).toMatchObject({ backupLimitDays: 30, backupLimitRate: 0 });
  });

  it('shared edits coalesce per field and are recognised', () => {
    expect(secureClientCoalesceKey({ type: 'sc-shared-patch', patch: { pool: 5 } })).toBe('sc-shared-patch:pool');
    expect(secureClientCoalesceKey({ type: 'sc-shared-patch-participant', index: 2, patch: { id: 'a' } })).toBe('sc-shared-patch-participant:2:id');
    expect(secureClientCoalesceKey({ type: 'sc-shared-patch-demand-step', participant: 1, index: 0, patch: { day: 3 } })).toBe('sc-shared-patch-demand-step:1:0:day');
    expect(secureClientCoalesceKey({ type: 'sc-shared-patch-outage', list: 'unreachable', index: 0, patch: { unit: 'x' } })).toBe('sc-shared-patch-outage:unreachable:0:unit');
    expect(secureClientCoalesceKey({ type: 'sc-shared-add-participant' })).toBeUndefined();
    expect(isSecureClientCommand({ type: 'sc-shared-remove-outage' })).toBe(true);
  });
});
