// The "What do you need?" form: deployment, licensing, software, term and every need the engine
// sizes. Number needs use the app's number field; an empty field is a need not asked.
import { useId } from 'react';
import { NumberInput } from '../../ui/input/number-input';
import { NUMBER_NEEDS, TOGGLE_NEEDS, type DeploymentChoice, type NeedsForm } from './needs-form';

const DEPLOYMENTS: { value: DeploymentChoice; label: string }[] = [
  { value: 'standalone', label: 'Standalone' },
  { value: 'active-standby', label: 'Failover pair, Active/Standby' },
  { value: 'active-active', label: 'Failover pair, Active/Active' },
  { value: 'cluster', label: 'Cluster' },
];
const THROUGHPUT = ['100M', '1G', '2G', '10G', '20G'] as const;

export function NeedsFields({ form, onChange }: { form: NeedsForm; onChange: (next: NeedsForm) => void }) {
  const id = useId();
  const set = (patch: Partial<NeedsForm>) => onChange({ ...form, ...patch });
  return (
    <div className="needs-form" data-testid="needs-form">
      <fieldset className="subcard">
        <legend>Deployment</legend>
        <div className="field-row">
          <label className="stacked-field" htmlFor={`${id}-dep`}>
            <span>Units</span>
            <select id={`${id}-dep`} value={form.deployment} onChange={(e) => set({ deployment: e.target.value as DeploymentChoice })}>
              {DEPLOYMENTS.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
          {form.deployment === 'cluster' && (
            <label className="stacked-field" htmlFor={`${id}-n`}>
              <span>Cluster units</span>
              <NumberInput id={`${id}-n`} value={form.clusterUnits} min={2} max={16} rule="A cluster has 2 to 16 units." className="narrow" onCommit={(clusterUnits) => set({ clusterUnits })} />
            </label>
          )}
          <label className="stacked-field" htmlFor={`${id}-lic`}>
            <span>Licensing</span>
            <select id={`${id}-lic`} value={form.licensing} onChange={(e) => set({ licensing: e.target.value as NeedsForm['licensing'] })}>
              <option value="either">PAK or Smart</option>
              <option value="pak">PAK only</option>
              <option value="smart">Smart only</option>
            </select>
          </label>
          <label className="stacked-field" htmlFor={`${id}-sw`}>
            <span>Software version</span>
            <input id={`${id}-sw`} className="narrow" value={form.software} placeholder="e.g. 9.16" onChange={(e) => set({ software: e.target.value })} />
          </label>
          <label className="stacked-field" htmlFor={`${id}-term`}>
            <span>Term (years)</span>
            <NumberInput id={`${id}-term`} value={form.termYears} min={1} max={10} optional className="narrow" onCommit={(termYears) => set({ termYears })} />
          </label>
        </div>
      </fieldset>
      <fieldset className="subcard">
        <legend>Needs (what the deployment must run)</legend>
        <div className="field-row">
          {NUMBER_NEEDS.map((n) => (
            <label key={n.id} className="stacked-field" htmlFor={`${id}-${n.id}`}>
              <span>{n.label}</span>
              <NumberInput id={`${id}-${n.id}`} value={form.numbers[n.id]} min={0} optional className="narrow" onCommit={(v) => set({ numbers: { ...form.numbers, [n.id]: v } })} />
            </label>
          ))}
          <label className="stacked-field" htmlFor={`${id}-tp`}>
            <span>Throughput (ASAv)</span>
            <select id={`${id}-tp`} value={form.throughput} onChange={(e) => set({ throughput: e.target.value as NeedsForm['throughput'] })}>
              <option value="">Not asked</option>
              {THROUGHPUT.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="field-row">
          {TOGGLE_NEEDS.map((t) => (
            <label key={t.id} className="checkbox">
              <input type="checkbox" checked={form.toggles[t.id] === true} onChange={(e) => set({ toggles: { ...form.toggles, [t.id]: e.target.checked } })} />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
