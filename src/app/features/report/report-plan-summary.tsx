// The plan as drawn: deployment, units with models and tiers or entitlements, keys, events.
import { catalog, type EvaluateResult, type FeatureId, type FeatureValue, type PakUnit, type Plan, type PlanEvent, type SmartUnit, type Unit } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { formatValue } from '../../ui/display/format-value';
import { findModel } from '../../ui/display/model-info';
import { leadDaysOf } from '../../ui/display/renewals';
import { planEventWord } from '../../ui/display/event-words';

const isPak = (u: Unit): u is PakUnit => 'permanent' in u;

export function featureText(features: Partial<Record<FeatureId, FeatureValue>>): string {
  const parts = (Object.entries(features) as [FeatureId, FeatureValue][]).map(([f, v]) => `${catalog.features[f]?.label ?? f}: ${formatValue(v)}`);
  return parts.length === 0 ? '—' : parts.join('; ');
}

function licenseOf(u: Unit): string {
  if (isPak(u)) {
    const tier = findModel(u.model)?.tiers[u.permanent.tier]?.name ?? u.permanent.tier;
    const extra = featureText(u.permanent.features);
    return extra === '—' ? `${tier} (defaults)` : `${tier}; ${extra}`;
  }
  const s = (u as SmartUnit).smart;
  const e = s.entitlements;
  const names = [
    e.standard ? 'Standard' : undefined,
    e.contexts > 0 ? `Contexts +${e.contexts}` : undefined,
    e.carrier ? 'Carrier' : undefined,
    e['security-plus'] ? 'Security Plus' : undefined,
    e['strong-encryption'] ? 'Strong Encryption' : undefined,
    e.throughput === undefined ? undefined : `Throughput ${e.throughput}`,
  ].filter(Boolean);
  return `Smart (${s.method}); ${names.join(', ') || 'no entitlements'}`;
}

function eventDetail(e: PlanEvent): string {
  if (e.type === 'permanent-key') return `new permanent key: ${e.tier} tier; ${featureText(e.features)}`;
  if ('days' in e) return `${e.days} days`;
  return '';
}

export function ReportPlanSummary({ plan, result }: { plan: Plan; result: EvaluateResult }) {
  const { deployment } = plan;
  const keys = plan.deployment.units.flatMap((u) => (isPak(u) ? u.timeBased.map((k) => ({ unit: u.id, k })) : []));
  const statusOf = (unit: string, key: string) => result.keys.find((s) => s.unit === unit && s.key === key);
  return (
    <section className="report-section report-details" aria-labelledby="report-details-h">
      <h3 id="report-details-h">Plan details</h3>
      <dl className="report-facts">
        <dt>Start (day 0)</dt>
        <dd>{shortDate(plan.startDate, 0)}</dd>
        <dt>Purchase lead time</dt>
        <dd>{leadDaysOf(plan)} days</dd>
      </dl>
      <h4>Units</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">Model</th>
            <th scope="col">Software</th>
            <th scope="col">License</th>
          </tr>
        </thead>
        <tbody>
          {deployment.units.map((u, i) => (
            <tr key={u.id}>
              <td>
                {u.id}
                {i === 0 && deployment.mode !== 'standalone' ? <span className="muted"> ({deployment.mode === 'failover' ? 'primary' : 'control'})</span> : null}
              </td>
              <td>{findModel(u.model)?.name ?? u.model}</td>
              <td>{u.software ?? '—'}</td>
              <td>{licenseOf(u)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Time-based keys</h4>
      {keys.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">Key</th>
              <th scope="col">Features</th>
              <th scope="col">Days</th>
              <th scope="col">Installed</th>
              <th scope="col">On the report day</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {keys.map(({ unit, k }) => {
              const status = statusOf(unit, k.id);
              return (
                <tr key={`${unit}/${k.id}`}>
                  <td>{unit}</td>
                  <td>
                    {k.id}
                    {k.evaluation ? ' (evaluation)' : ''}
                    {k.active ? '' : ' (installed inactive)'}
                  </td>
                  <td>{featureText(k.features)}</td>
                  <td className="num">{k.days}</td>
                  <td>{shortDate(plan.startDate, k.installDay)}</td>
                  <td>{status === undefined ? '—' : status.mergedInto ? `stacked onto ${status.mergedInto}` : `${status.state}, ${status.remainingDays} days left`}</td>
                  <td>{status?.expiresDay === undefined ? '—' : shortDate(plan.startDate, status.expiresDay)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h4>Planned events</h4>
      {plan.events.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Unit / key</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {[...plan.events]
              .sort((x, y) => x.day - y.day)
              .map((e, i) => (
                <tr key={i}>
                  <td>{shortDate(plan.startDate, e.day)}</td>
                  <td>{planEventWord(e.type)}</td>
                  <td>{['unit' in e ? e.unit : undefined, 'key' in e ? e.key : undefined].filter(Boolean).join(' / ') || 'all units'}</td>
                  <td>{eventDetail(e)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
