import { describe, expect, it } from 'vitest';
import { analyzePlan, timelineStretches } from '../../../engine/index';
import { chartBands, legendKinds, TIMELINE_KINDS } from './bands';

const unit = (id: string) => ({
  id,
  model: 'asa-5545-x',
  software: '9.16',
  permanent: { tier: 'base', features: {} },
  timeBased: [{ id: `btf-${id}`, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0, active: true, evaluation: false }],
});
const pair = (events: unknown[], horizonDays = 1095) => ({
  format: 'asa-license-plan/1',
  name: 't',
  startDate: '2027-01-01',
  horizonDays,
  deployment: { mode: 'failover', failover: 'active-standby', contextMode: 'single', units: [unit('a'), unit('b')] },
  events,
});
const stretches = (events: unknown[], horizon?: number) => timelineStretches(analyzePlan(pair(events, horizon)));

describe('chart bands', () => {
  it('a 20-day power-off of unit b from day 100 and a 42-day link-down from day 200: two bands, the link-down marked on day 230', () => {
    const bands = chartBands(
      stretches([
        { day: 100, type: 'power-off', unit: 'b', days: 20 },
        { day: 200, type: 'link-down', days: 42 },
      ]),
      '2027-01-01',
      1095,
    );
    expect(bands.map(({ kind, from, to, markDay }) => ({ kind, from, to, markDay }))).toEqual([
      { kind: 'power-off', from: 100, to: 120, markDay: undefined },
      { kind: 'link-down', from: 200, to: 242, markDay: 230 },
    ]);
    expect(bands[0]!.title).toMatch(/^Powered off \(b\): 11 Apr 2027 to 1 May 2027 \(days 100–120\)\. Unit powered off for 20 days/);
    expect(bands[1]!.title).toMatch(/^Link down: 20 Jul 2027 to 31 Aug 2027 \(days 200–242\)\. .*The 30-day grace ends on 19 Aug 2027 \(day 230\)\.$/);
    expect(legendKinds(bands)).toEqual(['power-off', 'link-down']);
  });

  it('one unit chosen: its own stretches and the deployment-wide ones only', () => {
    const all = stretches([
      { day: 100, type: 'power-off', unit: 'b', days: 20 },
      { day: 200, type: 'link-down', days: 42 },
    ]);
    expect(chartBands(all, '2027-01-01', 1095, { unit: 'a' }).map((b) => b.kind)).toEqual(['link-down']);
    expect(chartBands(all, '2027-01-01', 1095, { unit: 'b' }).map((b) => b.kind)).toEqual(['power-off', 'link-down']);
  });

  it('clipped to the horizon; a stretch past it is left out; a mark past it is not drawn', () => {
    const all = stretches(
      [
        { day: 100, type: 'link-down', days: 42 },
        { day: 150, type: 'power-off', unit: 'a', days: 10 },
      ],
      120,
    );
    expect(chartBands(all, '2027-01-01', 120).map(({ kind, from, to, markDay }) => ({ kind, from, to, markDay }))).toEqual([{ kind: 'link-down', from: 100, to: 120, markDay: undefined }]);
  });

  it('the key and feature charts leave the Secure Client gaps to their own chart', () => {
    const gap = [{ kind: 'coverage-gap' as const, from: 10, to: 20, message: 'No Secure Client license in force', cite: '003' }];
    expect(chartBands(gap, '2027-01-01', 100, { kinds: TIMELINE_KINDS })).toEqual([]);
    expect(chartBands(gap, '2027-01-01', 100).map((b) => b.title)).toEqual(['No Secure Client license: 11 Jan 2027 to 21 Jan 2027 (days 10–20). No Secure Client license in force.']);
  });
});
