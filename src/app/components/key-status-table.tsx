// Every key on the as-of day: state, days left, projected expiry; coloured when near or past expiry.
import { catalog, type EvaluateResult, type FeatureId, type FeatureValue } from '../../engine/index';
import { shortDate } from '../lib/dates';
import { formatValue } from '../lib/format-value';
import { keyTone, type KeyTone } from '../lib/timeline-data';
import { usePlanStore } from '../store/plan-store';

export const NEAR_EXPIRY_DAYS = 30;

const TONE_LABEL: Record<KeyTone, string> = { expired: 'expired', near: `expires within ${NEAR_EXPIRY_DAYS} days`, ok: 'active', inactive: 'not counting' };

function featureList(features: Partial<Record<FeatureId, FeatureValue>>): string {
  return (Object.entries(features) as [FeatureId, FeatureValue][]).map(([f, v]) => `${catalog.features[f]?.label ?? f}: ${formatValue(v)}`).join('; ');
}

export function KeyStatusTable({ result }: { result: EvaluateResult }) {
  const startDate = usePlanStore((s) => s.plan.startDate);
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
              const tone = keyTone(k, NEAR_EXPIRY_DAYS);
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
                    <span className="visually-hidden"> ({TONE_LABEL[tone]})</span>
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
    </section>
  );
}
