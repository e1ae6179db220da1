// runningAt reads the combined running license of one day exactly as resultAt reports it (sizing
// checks its candidates with it instead of building a whole result per candidate).
import { describe, expect, it } from 'vitest';
import { bigClusterPlan, oneUnitPlan, randomPlans } from '../../bench/plans';
import { analyzePlan } from './analyze-plan';
import { resultAt, runningAt } from './result-at';
import { sizeDeployment } from './sizing/size-deployment';

describe('runningAt', () => {
  it('is resultAt’s running license, day by day, for PAK, Smart and Secure Client plans alike', () => {
    const sized = sizeDeployment({
      format: 'asa-license-needs/1',
      deployment: { mode: 'failover', failover: 'active-standby' },
      termYears: 3,
      features: { 'anyconnect-peers': 2500, encryption: '3des-aes' },
    });
    const smart = sized.fits.filter((f) => f.licensing === 'smart').map((f) => f.plan);
    expect(smart.length).toBeGreaterThan(10);
    let compared = 0;
    for (const plan of [bigClusterPlan(3650), oneUnitPlan(), ...randomPlans(40, 3), ...smart]) {
      const analysis = analyzePlan(plan);
      for (const day of [0, 1, 200, 364, 365, 1094, 3000]) {
        expect(runningAt(analysis, day)).toStrictEqual(resultAt(analysis, day).running);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('is the empty license of a plan that does not read, as resultAt’s', () => {
    const analysis = analyzePlan({ format: 'nope' });
    expect(runningAt(analysis, 0)).toStrictEqual({});
    expect(resultAt(analysis, 0).running).toStrictEqual({});
  });
});
