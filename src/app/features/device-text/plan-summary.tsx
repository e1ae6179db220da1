// The plan the importer built, in a few lines: name, deployment and each unit's license.
import type { Plan } from '../../../engine/index';
import { summarizePlan } from './device-text-summary';

export function PlanSummary({ plan }: { plan: Plan }) {
  const s = summarizePlan(plan);
  return (
    <div className="import-summary" data-testid="import-summary">
      <dl className="headline">
        <div>
          <dt>Plan</dt>
          <dd>{s.name}</dd>
        </div>
        <div>
          <dt>Deployment</dt>
          <dd>{s.deployment}</dd>
        </div>
        <div>
          <dt>Day 0</dt>
          <dd>{s.startDate}</dd>
        </div>
      </dl>
      <ul className="import-units">
        {s.units.map((u) => (
          <li key={u.id} data-unit={u.id}>
            <strong>{u.id}</strong>: <span data-testid="import-model">{u.model}</span>
            {u.software !== undefined && `, software ${u.software}`}, {u.licensing}
            {u.features.length > 0 && <span className="muted"> · {u.features.join(', ')}</span>}
            {u.keys.length > 0 && (
              <ul>
                {u.keys.map((k) => (
                  <li key={k}>Time-based key {k}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
