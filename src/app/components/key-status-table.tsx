// Every key on the as-of day: state, days left, projected expiry; coloured when near or past expiry.
import { catalog, type EvaluateResult, type FeatureId, type FeatureValue } from '../../engine/index';
import { shortDate } from '../lib/dates';
import { formatValue } from '../lib/format-value';
import { leadDaysOf } from '../lib/renewals';
import { keyTone, type KeyTone } from '../lib/timeline-data';
import { usePlanStore } from '../store/plan-store';

/** What a key's colour means, for screen readers; near expiry is within the purchase lead time. */
export const toneLabel = (tone: KeyTone, leadDays: number): string =>
  ({ expired: 'expired', near: `runs out within the ${leadDays}-day purchase lead time`, ok: 'active', inactive: 'not counting' })[tone];

function featureList(features: Partial<Record<FeatureId, FeatureValue>>): string {
  return (Object.entries(features) as [FeatureId, FeatureValue][]).map(([f, v]) => `${catalog.features[f]?.label ?? f}: ${formatValue(v)}`).join('; ');
}

export function KeyStatusTable({ result }: { result: EvaluateResult }) {
  const startDate = usePlanStore((s) => s.plan.startDate);
  const leadDays = usePlanStore((s) => leadDaysOf(s.plan));
  if (result.keys.length === 0) return null;
  return (
    <section className="card" aria-labelledby="keys-h">
      <h2 id="keys-h">Time-based keys on {shortDate(startDate, result.at)}</h2>
      <div className="table-scroll">
        <table className="key-table" data-testid="key-table">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">Key</th>
              <th scope="col">Features</th>
              <th scope="col">State</th>
              <th scope="col">Days left</th>
              <th scope="col">Installed</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {result.keys.map((k) => {
              const tone = keyTone(k, leadDays);
              return (
                <tr key={`${k.unit}/${k.key}`} className={`tone-${tone}`} data-key={k.key}>
                  <td>{k.unit}</td>
                  <td>
                    {k.key}
                    {k.mergedInto && <span className="muted"> (stacked onto {k.mergedInto})</span>}
                    {k.evaluation && <span className="badge badge-info">evaluation</span>}
                  </td>
                  <td>{featureList(k.features)}</td>
                  <td>
                    <span className={`badge badge-tone-${tone}`}>{k.state}</span>
                    {tone === 'near' ? <span className="tone-note"> within lead time</span> : <span className="visually-hidden"> ({toneLabel(tone, leadDays)})</span>}
                    {k.state === 'active' && !k.counting && <span className="muted"> paused</span>}
                  </td>
                  <td className="num">{k.remainingDays}</td>
                  <td>{shortDate(startDate, k.installDay)}</td>
                  <td>{k.expiresDay === undefined ? '—' : shortDate(startDate, k.expiresDay)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted hint">Amber: {leadDays} days or fewer left (the purchase lead time); red: expired.</p>
    </section>
  );
}
