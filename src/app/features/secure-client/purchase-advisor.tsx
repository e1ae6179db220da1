// What to buy for a chosen term and growth rate (the engine's recommendPurchase).
import { useId, useMemo, useState } from 'react';
import type { Plan } from '../../../engine/index';
import { recommendPurchase } from '../../../engine/secure-client/index';
import { LIMITS } from '../../../engine/plan/limits';
import { shortDate } from '../../ui/display/dates';
import { applyRecommendationCommand } from './recommended-licenses';
import { usePlanStore } from '../../store/plan-store';
import { CiteTip } from '../../ui/cite-tip';
import { NumberInput } from '../../ui/input/number-input';
import { DecimalInput } from './decimal-input';
import { ScIssuesList } from './sc-issues-list';
import { TermField } from './term-field';

const n = new Intl.NumberFormat('en-US');

export function PurchaseAdvisor({ plan }: { plan: Plan }) {
  const planGrowth = plan.secureClient?.demand?.growthPercentPerYear;
  const [termMonths, setTermMonths] = useState<number | undefined>(36);
  const [growth, setGrowth] = useState<number | undefined>(undefined);
  const [startDay, setStartDay] = useState(0);
  const growthId = useId();
  const startId = useId();
  const growthPercentPerYear = growth ?? planGrowth ?? 0;
  // No term, no recommendation: a length is never assumed.
  const rec = useMemo(() => (termMonths === undefined ? null : recommendPurchase(plan, { termMonths, growthPercentPerYear, startDay })), [plan, termMonths, growthPercentPerYear, startDay]);
  const apply = rec === null ? null : applyRecommendationCommand(rec);
  const dispatch = usePlanStore((s) => s.dispatch);

  return (
    <>
      <h3>Recommended purchase</h3>
      <div className="field-row" data-testid="sc-purchase-inputs">
        <TermField months={termMonths} path="purchase.termMonths" allowEmpty={false} onChange={setTermMonths} />
        <label className="stacked-field" htmlFor={growthId}>
          <span>Growth %/year</span>
          <DecimalInput id={growthId} value={growthPercentPerYear} min={-100} max={1000} className="narrow" onCommit={setGrowth} />
        </label>
        <label className="stacked-field" htmlFor={startId}>
          <span>Term starts on day</span>
          <NumberInput id={startId} value={startDay} min={0} max={LIMITS.maxDay} className="narrow" onCommit={(d) => d !== undefined && setStartDay(d)} />
        </label>
      </div>
      {rec === null ? (
        <p className="sc-purchase" data-testid="sc-purchase" role="status">
          Term: not set. Enter the term length in months to see what to buy for it.
        </p>
      ) : (
        <div className="sc-purchase" data-testid="sc-purchase">
          <p>
            For {rec.termMonths} months from {shortDate(plan.startDate, rec.startDay)} to {shortDate(plan.startDate, rec.endDay - 1)}, growing {rec.growthPercentPerYear}% a year:
          </p>
          <ul>
            <li>
              Plus:{' '}
              {rec.plus === null ? (
                'none'
              ) : (
                <>
                  {n.format(rec.plus.users)} users of <code>{rec.plus.sku}</code>
                </>
              )}
            </li>
            <li>
              Apex:{' '}
              {rec.apex === null ? (
                'none'
              ) : (
                <>
                  {n.format(rec.apex.users)} users of <code>{rec.apex.sku}</code>
                </>
              )}
            </li>
            {rec.blockAlternative !== null && (
              <li>
                Block alternative: <code>{rec.blockAlternative.plus}</code> / <code>{rec.blockAlternative.apex}</code>
              </li>
            )}
          </ul>
          <p className="muted hint">
            Peak over the term: {n.format(rec.totalUsers)} unique users, {n.format(rec.apexUsers)} Apex
            {rec.perpetualPlusUsers > 0 && `, less ${n.format(rec.perpetualPlusUsers)} Plus Perpetual users already in force`}. <CiteTip cite={rec.cite} />
          </p>
          {rec.years.length > 1 && (
            <table className="sc-years">
              <caption className="visually-hidden">Demand per plan year over the term</caption>
              <thead>
                <tr>
                  <th scope="col">Plan year from</th>
                  <th scope="col">Users</th>
                  <th scope="col">Apex users</th>
                </tr>
              </thead>
              <tbody>
                {rec.years.map((y) => (
                  <tr key={y.year}>
                    <td>{shortDate(plan.startDate, y.fromDay)}</td>
                    <td className="num">{n.format(y.users)}</td>
                    <td className="num">{n.format(y.apexUsers)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {rec.issues.length > 0 && <ScIssuesList issues={rec.issues} />}
          <p>
            <button type="button" disabled={apply === null} onClick={() => apply && dispatch(apply)} data-testid="sc-apply-purchase">
              Apply: add these licenses to the plan
            </button>{' '}
            <span className="muted hint">Undo takes them out again.</span>
          </p>
        </div>
      )}
    </>
  );
}
