// The Secure Client (AnyConnect) part of the plan: its licenses, the demand and legacy shared
// licensing (a lazily loaded chunk).
import { useId, useState } from 'react';
import { LICENSE_TYPES, newLicenseFields } from './secure-client-form';
import { usePlanStore } from '../../store/plan-store';
import type { ScLicenseType } from '../../store/secure-client-commands';
import { DemandEditor } from './demand-editor';
import { LicenseEditor } from './license-editor';
import { SharedLicensingEditor } from './shared-licensing-editor';
import './secure-client.css';

export default function SecureClientEditor() {
  const sc = usePlanStore((s) => s.plan.secureClient);
  const startDate = usePlanStore((s) => s.plan.startDate);
  const units = usePlanStore((s) => s.plan.deployment.units);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [toAdd, setToAdd] = useState<ScLicenseType>('plus');
  const addId = useId();
  const unitIds = units.map((u) => u.id);

  return (
    <section className="card" aria-labelledby="sc-editor-h" data-path="secureClient">
      <h2 id="sc-editor-h">Secure Client (AnyConnect)</h2>
      {sc === undefined ? (
        <>
          <p className="muted">Plan Plus, Apex and VPN Only licenses against the users who need them, with renewal dates.</p>
          <button type="button" onClick={() => dispatch({ type: 'sc-enable' })}>
            Add Secure Client licensing
          </button>
        </>
      ) : (
        <>
          <div data-path="secureClient.licenses">
            {sc.licenses.length === 0 && <p className="muted">No Secure Client license yet.</p>}
            {sc.licenses.map((l, i) => (
              <LicenseEditor key={i} index={i} license={l} unitIds={unitIds} startDate={startDate} />
            ))}
          </div>
          <div className="field-row">
            <label className="stacked-field" htmlFor={addId}>
              <span>New license type</span>
              <select id={addId} value={toAdd} onChange={(e) => setToAdd(e.target.value as ScLicenseType)}>
                {LICENSE_TYPES.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => dispatch({ type: 'sc-add-license', license: { type: toAdd, ...newLicenseFields(toAdd) } })}>
              Add license
            </button>
          </div>
          <DemandEditor demand={sc.demand} />
          <SharedLicensingEditor />
          <button type="button" className="danger" onClick={() => dispatch({ type: 'sc-disable' })}>
            Remove Secure Client licensing
          </button>
        </>
      )}
    </section>
  );
}
