// 000 §"Configure a Shared License (AnyConnect 3 and Earlier)": server, participants, backup, failover.
import { describe, expect, it } from 'vitest';
import { simulateSharedLicensing } from './simulate-shared-licensing';
import type { SharedLicensingInput, SharedLicensingResult, SharedParticipant } from './types';

const participant = (id: string, demand: Array<[number, number]>, extra: Partial<SharedParticipant> = {}): SharedParticipant => ({
  id,
  platformLimit: 250,
  localSessions: 0,
  demand: demand.map(([day, sessions]) => ({ day, sessions })),
  ...extra,
});

const run = (input: Partial<SharedLicensingInput> & Pick<SharedLicensingInput, 'participants'>): SharedLicensingResult =>
  simulateSharedLicensing({ pool: 1000, server: { primary: 'srv' }, horizonDays: 100, ...input });

/** The stretch in force at `day`. */
const at = (r: SharedLicensingResult, day: number) => r.stretches.find((s) => s.from <= day && day < s.to);
const types = (r: SharedLicensingResult): string[] => r.events.map((e) => e.type);
const SECOND = 1 / 86_400;

describe('lending (§"About the Shared Licensing Server and Participants")', () => {
  it.each([
    // [demand, local, platform limit, shared held, served]
    [120, 0, 250, 150, 120], // 50-session increments
    [120, 100, 250, 50, 120], // local sessions are used first (000 §"Licenses FAQ")
    [100, 100, 250, 0, 100],
    [260, 100, 250, 150, 250], // never past the platform limit
    [600, 0, 500, 500, 500],
  ])('demand %i with %i local sessions on a %i-session platform: holds %i shared, serves %i', (demand, localSessions, platformLimit, held, served) => {
    const r = run({ participants: [participant('p1', [[0, demand]], { localSessions, platformLimit })] });
    expect(at(r, 0)?.participants.p1).toMatchObject({ held, allocated: held, served, unserved: demand - served });
  });

  it('an empty pool lends what is left; the participant keeps asking until sessions are released', () => {
    const r = run({
      pool: 100,
      participants: [
        participant('p1', [
          [0, 80],
          [2, 0],
        ]),
        participant('p2', [[1, 50]]),
      ],
    });
    expect(at(r, 0)?.participants.p1?.held).toBe(100);
    expect(at(r, 1)).toMatchObject({ poolFree: 0, participants: { p2: { held: 0, served: 0, unserved: 50 } } });
    expect(types(r)).toContain('request-waiting');
    expect(at(r, 2)).toMatchObject({ poolFree: 50, participants: { p1: { held: 0 }, p2: { held: 50, served: 50 } } });
  });

  it('partial grants: "as many sessions as available"', () => {
    const r = run({ pool: 120, participants: [participant('p1', [[0, 100]]), participant('p2', [[1, 100]])] });
    expect(at(r, 1)?.participants.p2).toMatchObject({ held: 20, served: 20, unserved: 80 });
  });

  it('the shared licensing server can take part in its own pool; its permanent Premium license is not used', () => {
    const r = run({ participants: [participant('srv', [[0, 60]], { localSessions: 200 })] });
    expect(at(r, 0)?.participants.srv).toMatchObject({ local: 0, held: 100, served: 60 });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['shared-server-permanent-unused', 'warning']]);
    const timeBased = run({ participants: [participant('srv', [[0, 60]], { localSessions: 200, localKind: 'time-based' })] });
    expect(at(timeBased, 0)?.participants.srv).toMatchObject({ local: 200, held: 0, served: 60 });
  });
});

describe('communication issues (§"Communication Issues Between Participant and Server")', () => {
  it.each([
    // [refresh interval, seconds unreachable, reclaimed]
    [30, 60, false],
    [30, 120, true], // 3 × 30 s = 90 s
    [10, 31, true], // 3 × 10 s = 30 s
    [300, 899, false],
  ])('refresh %i s, unreachable %i s: reclaimed %s', (refreshIntervalSeconds, seconds, reclaimed) => {
    const r = run({ refreshIntervalSeconds, participants: [participant('p1', [[0, 50]])], unreachable: [{ unit: 'p1', day: 1, seconds }] });
    expect(types(r).includes('sessions-reclaimed')).toBe(reclaimed);
    const reclaim = r.events.find((e) => e.type === 'sessions-reclaimed');
    if (reclaim) expect(reclaim.day).toBeCloseTo(1 + 3 * refreshIntervalSeconds * SECOND, 9);
  });

  it('the server re-lends reclaimed sessions while the cut-off participant still uses them; on reconnect it asks again', () => {
    const r = run({ pool: 100, participants: [participant('p1', [[0, 50]]), participant('p2', [[0, 100]])], unreachable: [{ unit: 'p1', day: 1, days: 0.5 }] });
    expect(at(r, 0.5)?.participants).toMatchObject({ p1: { held: 50 }, p2: { held: 50, unserved: 50 } });
    const cut = at(r, 1.25);
    expect(cut).toMatchObject({ overcommitted: true, participants: { p1: { held: 50, allocated: 0, served: 50, inContact: false }, p2: { held: 100 } } });
    expect(r.events.find((e) => e.type === 'participant-reconnected')?.message).toContain('requests them again');
    expect(at(r, 1.75)).toMatchObject({ overcommitted: false, participants: { p1: { held: 0, served: 50, unserved: 0 }, p2: { held: 100 } } });
  });

  it('without a server a participant keeps its shared sessions 24 hours, then releases them; existing connections stay', () => {
    const r = run({
      participants: [
        participant('p1', [
          [0, 50],
          [2.5, 30],
          [2.75, 50],
        ]),
      ],
      outages: [{ unit: 'srv', day: 1, days: 2 }],
    });
    expect(at(r, 1.5)).toMatchObject({ server: null, participants: { p1: { held: 50, served: 50 } } });
    expect(r.events.find((e) => e.type === 'participant-grace-ended')?.day).toBe(2);
    expect(at(r, 2.25)?.participants.p1).toMatchObject({ held: 0, served: 50 });
    expect(at(r, 2.6)?.participants.p1).toMatchObject({ served: 30 });
    expect(at(r, 2.8)?.participants.p1).toMatchObject({ served: 30, unserved: 20 });
    expect(at(r, 3)).toMatchObject({ server: { role: 'main', unit: 'srv' }, participants: { p1: { held: 50, served: 50 } } });
  });

  it('a server outage shorter than 24 hours changes nothing for the participants', () => {
    const r = run({ participants: [participant('p1', [[0, 50]])], outages: [{ unit: 'srv', day: 1, days: 0.5 }] });
    expect(types(r)).not.toContain('participant-grace-ended');
    expect(r.stretches.every((s) => s.participants.p1?.held === 50)).toBe(true);
  });

  it('a participant that goes down loses its sessions; the server reclaims them after 3 missed refreshes', () => {
    const r = run({ pool: 50, participants: [participant('p1', [[0, 50]]), participant('p2', [[0, 50]])], outages: [{ unit: 'p1', day: 1, days: 1 }] });
    expect(at(r, 1 + 60 * SECOND)).toMatchObject({ poolFree: 0, participants: { p1: { served: 0, allocated: 50 }, p2: { held: 0 } } });
    expect(at(r, 1 + 91 * SECOND)?.participants.p2?.held).toBe(50);
  });
});

describe('the backup server (§"About the Shared Licensing Backup Server")', () => {
  const withBackup = (outages: SharedLicensingInput['outages'], horizonDays = 100) =>
    run({ horizonDays, backup: { primary: 'bk' }, participants: [participant('p1', [[0, 50]])], ...(outages ? { outages } : {}) });

  it('the 20-day example: 30 days of limit, main down 20 days → 10 left, back to 30 after 20 more days', () => {
    const r = withBackup([{ unit: 'srv', day: 40, days: 20 }]);
    expect(r.events.filter((e) => e.type === 'backup-recharged').map((e) => e.day)).toEqual([25, 80]);
    expect(at(r, 40)).toMatchObject({ server: { role: 'backup', unit: 'bk' }, backupLimitDays: 30, backupLimitRate: -1, participants: { p1: { held: 50 } } });
    expect(at(r, 60)).toMatchObject({ server: { role: 'main', unit: 'srv' }, backupLimitDays: 10, backupLimitRate: 1 });
    expect(at(r, 80)).toMatchObject({ backupLimitDays: 30, backupLimitRate: 0 });
    expect(r.events.filter((e) => e.type === 'backup-syslog').map((e) => e.day)).toEqual([55]);
  });

  it('starts with 5 days when the main server is first launched and grows a day per day', () => {
    const r = withBackup([{ unit: 'srv', day: 2, days: 10 }]);
    expect(at(r, 0)).toMatchObject({ backupLimitDays: 5, backupLimitRate: 1 });
    expect(at(r, 2)).toMatchObject({ server: { role: 'backup' }, backupLimitDays: 7 });
    expect(r.events.find((e) => e.type === 'backup-limit-exhausted')?.day).toBe(9);
    // Existing shared sessions time out: the participant is without a server and lets go after 24 hours.
    expect(r.events.find((e) => e.type === 'participant-grace-ended')?.day).toBe(10);
    expect(at(r, 12)).toMatchObject({ server: { role: 'main' }, backupLimitDays: 0, participants: { p1: { held: 50 } } });
  });

  it('serves up to 30 continuous days with critical syslogs at 15 and 30 days', () => {
    const r = withBackup([{ unit: 'srv', day: 30, days: 40 }]);
    expect(r.events.filter((e) => ['backup-takeover', 'backup-syslog', 'backup-limit-exhausted', 'main-restored'].includes(e.type)).map((e) => [e.type, e.day])).toEqual([
      ['backup-takeover', 30],
      ['backup-syslog', 45],
      ['backup-syslog', 60],
      ['backup-limit-exhausted', 60],
      ['main-restored', 70],
    ]);
  });

  it('failover pairs: the standby acts as main server; the backup pair serves only when both main units are down', () => {
    const r = run({
      server: { primary: 'srv-a', standby: 'srv-b' },
      backup: { primary: 'bk-a', standby: 'bk-b' },
      participants: [participant('p1', [[0, 50]])],
      outages: [
        { unit: 'srv-a', day: 100, days: 50 },
        { unit: 'srv-b', day: 120, days: 10 },
        { unit: 'bk-a', day: 125, days: 30 },
      ],
      horizonDays: 200,
    });
    expect(r.events.filter((e) => e.type !== 'backup-recharged' && !e.type.startsWith('sessions')).map((e) => [e.type, e.day, e.unit])).toEqual([
      ['server-active', 0, 'srv-a'],
      ['server-failover', 100, 'srv-b'],
      ['backup-takeover', 120, 'bk-a'],
      ['server-failover', 125, 'bk-b'],
      ['main-restored', 130, 'srv-b'],
    ]);
    // The standby backup "continues counting down where the primary unit left off".
    expect(at(r, 125)).toMatchObject({ server: { role: 'backup', unit: 'bk-b' }, backupLimitDays: 25 });
    expect(at(r, 130)).toMatchObject({ backupLimitDays: 20 });
    expect(at(r, 128)?.participants.p1?.held).toBe(50);
  });

  it('participant pairs: the standby takes over the shared sessions with a transfer request', () => {
    const r = run({ participants: [participant('p1', [[0, 50]], { standby: 'p1-b' })], outages: [{ unit: 'p1', day: 5, days: 1 }] });
    expect(r.events.find((e) => e.type === 'participant-failover')).toMatchObject({ day: 5, unit: 'p1-b', sessions: 50 });
    expect(at(r, 5.5)?.participants.p1).toMatchObject({ held: 50, served: 50, inContact: true });
  });
});

describe('validation', () => {
  it.each([
    [{ refreshIntervalSeconds: 5 }, 'shared-refresh-interval'],
    [{ refreshIntervalSeconds: 301 }, 'shared-refresh-interval'],
    // 000 §"Licenses FAQ": the backup server cannot be the secondary of the main server's pair.
    [{ server: { primary: 'srv-a', standby: 'srv-b' }, backup: { primary: 'srv-b' } }, 'shared-backup-in-server-pair'],
    // 000 §"Model Guidelines": no shared licenses on the 5506-X, 5508-X, 5516-X or ASAv.
    [{ models: { srv: 'asa-5508-x' } }, 'shared-license-unsupported-model'],
    [{ models: { srv: 'asav' } }, 'shared-license-unsupported-model'],
    [{ contextMode: 'multiple' as const }, 'shared-license-multiple-context'],
  ])('%j → %s', (extra, code) => {
    const r = run({ participants: [participant('p1', [[0, 10]])], ...extra });
    expect(r.issues.map((i) => i.code)).toContain(code);
  });

  it('accepts a supported model and the default refresh interval', () => {
    const r = run({ participants: [participant('p1', [[0, 10]])], models: { srv: 'asa-5545-x', p1: 'asa-5525-x' } });
    expect(r.issues).toEqual([]);
    expect(r.refreshIntervalSeconds).toBe(30);
  });
});
