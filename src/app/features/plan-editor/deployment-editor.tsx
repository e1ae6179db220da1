// Standalone, failover pair or cluster; Active/Standby or Active/Active; single or multiple context mode.
import type { Plan } from '../../../engine/index';
import { usePlanStore } from '../../store/plan-store';
import { UnitTabs } from './unit-tabs';

type Mode = Plan['deployment']['mode'];
const MODES: { value: Mode; label: string }[] = [
  { value: 'standalone', label: 'Standalone' },
  { value: 'failover', label: 'Failover pair' },
  { value: 'cluster', label: 'Cluster' },
];

export function DeploymentEditor() {
  const deployment = usePlanStore((s) => s.plan.deployment);
  const dispatch = usePlanStore((s) => s.dispatch);
  return (
    <section className="card" aria-labelledby="deployment-h">
      <h2 id="deployment-h">Deployment</h2>
      <div className="field-row">
        <fieldset className="radio-row" data-path="deployment.mode">
          <legend>Mode</legend>
          {MODES.map((m) => (
            <label key={m.value} className="radio">
              <input type="radio" name="deployment-mode" value={m.value} checked={deployment.mode === m.value} onChange={() => dispatch({ type: 'set-deployment-mode', mode: m.value })} />
              {m.label}
            </label>
          ))}
        </fieldset>
        {deployment.mode === 'failover' && (
          <label className="stacked-field" data-path="deployment.failover">
            <span>Failover type</span>
            <select value={deployment.failover ?? 'active-standby'} onChange={(e) => dispatch({ type: 'set-failover-type', failover: e.target.value as 'active-standby' | 'active-active' })}>
              <option value="active-standby">Active/Standby</option>
              <option value="active-active">Active/Active</option>
            </select>
          </label>
        )}
        <label className="stacked-field" data-path="deployment.contextMode">
          <span>Context mode</span>
          <select value={deployment.contextMode} onChange={(e) => dispatch({ type: 'set-context-mode', contextMode: e.target.value as 'single' | 'multiple' })}>
            <option value="single">Single context</option>
            <option value="multiple">Multiple context</option>
          </select>
        </label>
      </div>
      <UnitTabs />
    </section>
  );
}
