import { describe, expect, it } from 'vitest';
import type { SharedStretch } from '../../../engine/secure-client/index';
import { limitTrend, momentParts, participantIds, serverLabel, sharedDuration, sharedIssues, sharedMoment, sharedUntil, stretchAt, untilParts } from './shared-licensing-view';

const START = '2027-01-01';
const SECOND = 1 / 86_400;

const stretch = (from: number, to: number, participants: string[]): SharedStretch => ({
  from,
  to,
  server: { role: 'main', unit: 'fw-a' },
  backupLimitDays: null,
  backupLimitRate: 0,
  poolFree: 0,
  overcommitted: false,
  participants: Object.fromEntries(participants.map((id) => [id, { demand: 0, local: 0, held: 0, allocated: 0, served: 0, unserved: 0, inContact: true }])),
});

describe('shared licensing view', () => {
  it('moments: whole days as dates, moments within a day with the time', () => {
    expect(sharedMoment(START, 30)).toBe('31 Jan 2027');
    expect(sharedMoment(START, 30 + 90 * SECOND)).toBe('31 Jan 2027 00:01:30');
    expect(sharedMoment(START, 40.5)).toBe('10 Feb 2027 12:00');
    // Floating-point noise does not tip a whole day into the day before.
    expect(sharedMoment(START, (50 * 86_400) / 86_400)).toBe('20 Feb 2027');
  });

  it('a stretch ends on its last whole day, or at a moment within a day', () => {
    expect(sharedUntil(START, 50)).toBe('19 Feb 2027');
    expect(sharedUntil(START, 30 + 90 * SECOND)).toBe('31 Jan 2027 00:01:30');
    expect(momentParts(START, 30)).toEqual({ date: '31 Jan 2027' });
    expect(untilParts(START, 40.5)).toEqual({ date: '10 Feb 2027', time: '12:00' });
  });

  it('durations', () => {
    // A non-breaking space keeps "1025 days" on one line.
    expect(sharedDuration(20)).toBe('20\u00a0days');
    expect(sharedDuration(1)).toBe('1\u00a0day');
    expect(sharedDuration(30 - 90 * SECOND)).toBe('29\u00a0days 23:58:30');
    expect(sharedDuration(90 * SECOND)).toBe('00:01:30');
    expect(sharedDuration(0)).toBe('0\u00a0days');
  });

  it('server and limit labels', () => {
    expect(serverLabel(null)).toBe('none');
    expect(serverLabel({ role: 'backup', unit: 'branch-1' })).toBe('backup branch-1');
    expect([limitTrend(-1), limitTrend(0), limitTrend(1)]).toEqual(['drains', 'holds', 'recharges']);
  });

  it('participants in order, the stretch of a day', () => {
    const list = [stretch(0, 10, ['b', 'a']), stretch(10, 20, ['b', 'a', 'c'])];
    expect(participantIds(list)).toEqual(['b', 'a', 'c']);
    expect(stretchAt(list, 10)?.from).toBe(10);
    expect(stretchAt(list, 20)).toBeUndefined();
  });

  it('the shared issues: by path or by code', () => {
    const issues = [
      { severity: 'error' as const, code: 'shared-invalid', message: '', path: 'secureClient.shared' },
      { severity: 'info' as const, code: 'shared-local-above-platform', message: '', path: 'secureClient.shared.participants[0].localSessions' },
      { severity: 'warning' as const, code: 'users-exceed-license', message: '', path: 'secureClient.demand.uniqueUsers' },
    ];
    expect(sharedIssues(issues).map((i) => i.code)).toEqual(['shared-invalid', 'shared-local-above-platform']);
  });
});
