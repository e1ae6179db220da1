import { describe, expect, it } from 'vitest';
import { evaluatePlan, type Plan } from '../../../engine/index';
import { recommendPurchase } from '../../../engine/secure-client/index';
import { applyCommand } from '../../store/plan-commands';
import { newPlan } from '../../store/new-plan';
import { applyRecommendationCommand } from './recommended-licenses';

const withDemand = (demand: NonNullable<Plan['secureClient']>['demand']): Plan => ({ ...newPlan('2027-01-01', 'HQ'), secureClient: { licenses: [], demand } });

describe('applying the Secure Client purchase recommendation', () => {
  it('adds the recommended Plus and Apex licenses in one command; the demand is then covered', () => {
    // 002 §"How do I determine how many licenses to purchase?": Plus + Apex cover the unique users; Apex users count toward the total.
    const plan = withDemand({ uniqueUsers: 1200, apexUsers: 150 });
    const rec = recommendPurchase(plan, { termMonths: 36 });
    const cmd = applyRecommendationCommand(rec)!;
    expect(cmd.licenses).toEqual([
      { type: 'plus', users: 1050, startDay: 0, termMonths: 36 },
      { type: 'apex', users: 150, startDay: 0, termMonths: 36 },
    ]);
    const applied = applyCommand(plan, cmd);
    expect(applied.secureClient?.licenses.map((l) => [l.id, l.type, l.users])).toEqual([
      ['plus-1', 'plus', 1050],
      ['apex-1', 'apex', 150],
    ]);
    const result = evaluatePlan(applied);
    expect(result.secureClient?.gaps.filter((g) => g.from < 1095 && g.kind !== 'feature-unlicensed')).toEqual([]);
  });

  it('nothing to apply without demand', () => {
    expect(applyRecommendationCommand(recommendPurchase(withDemand({}), { termMonths: 12 }))).toBeNull();
  });
});
