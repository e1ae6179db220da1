import { describe, expect, it } from 'vitest';
import type { CoverageGap, CoverageStretch } from '../../../engine/secure-client/index';
import { coverageSeries, gapAreas, stretchOn } from './secure-client-coverage';

const stretch = (from: number, to: number | null, totalUsers: number, demandUsers: number | null = 1200): CoverageStretch => ({
  from,
  to,
  plusUsers: totalUsers,
  apexUsers: 0,
  totalUsers,
  vpnOnlySessions: {},
  evaluation: false,
  licenses: [],
  legacy: [],
  peers: {},
  runnablePeers: 0,
  demandUsers,
  demandApexUsers: null,
});

describe('secure client coverage series', () => {
  it('one point per stretch and one at the horizon', () => {
    const s = coverageSeries([stretch(0, 912, 873), stretch(912, null, 0)], 1095);
    expect(s.map((p) => [p.day, p.totalUsers])).toEqual([
      [0, 873],
      [912, 0],
      [1095, 0],
    ]);
  });

  it('drops stretches past the horizon and clips negative starts', () => {
    const s = coverageSeries([stretch(-30, 100, 5), stretch(100, 2000, 7), stretch(2000, null, 0)], 365);
    expect(s.map((p) => [p.day, p.totalUsers])).toEqual([
      [0, 5],
      [100, 7],
      [365, 7],
    ]);
  });

  it('finds the stretch in force on a day', () => {
    const all = [stretch(0, 912, 873), stretch(912, null, 0)];
    expect(stretchOn(all, 911)?.totalUsers).toBe(873);
    expect(stretchOn(all, 912)?.totalUsers).toBe(0);
  });
});

describe('gap areas', () => {
  const gap = (kind: CoverageGap['kind'], from: number, to: number | null): CoverageGap => ({ kind, from, to, shortBy: 10, cite: 'c' });
  it('clips to the horizon; without stretches a gap shades the full height', () => {
    expect(gapAreas([gap('no-coverage', 912, null), gap('no-coverage', 2000, 2100)], 1095)).toEqual([{ kind: 'no-coverage', from: 912, to: 1095, shortBy: 10, label: 'No license in force' }]);
    const [area] = gapAreas([gap('feature-unlicensed', 0, 30)], 1095);
    expect(area).toMatchObject({ from: 0, to: 30 });
    expect(area).not.toHaveProperty('y1');
  });

  it('a shortfall shades the band between licensed and needed users, split where the demand grows', () => {
    const stretches = [{ ...stretch(0, 365, 873, 1200) }, { ...stretch(365, 912, 873, 1320) }, stretch(912, null, 0, 1320)];
    expect(gapAreas([gap('users-short', 0, 912), gap('no-coverage', 912, null)], 1095, stretches).map((a) => [a.from, a.to, a.y1, a.y2])).toEqual([
      [0, 365, 873, 1200],
      [365, 912, 873, 1320],
      [912, 1095, 0, 1320],
    ]);
  });
});
