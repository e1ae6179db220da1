// One Secure Client license: type, users or sessions, headend, start, term, shipping, ordering, support.
// The inputs follow the type (secure-client-form.ts); the engine's issues say what is wrong.
import { useId } from 'react';
import { LICENSE_TYPES, retypePatch, shownFields } from './secure-client-form';
import { usePlanStore } from '../../store/plan-store';
import type { ScLicense, ScLicensePatch, ScLicenseType } from '../../store/secure-client-commands';
import { GuardedTextInput } from '../../ui/input/guarded-text-input';
import { NumberInput } from '../../ui/input/number-input';
import { ScDayField } from './sc-day-field';
import { TermField } from './term-field';

const MAX_COUNT = 10_000_000;

interface Props {
  index: number;
  license: ScLicense;
  unitIds: readonly string[];
  startDate: string;
}

export function LicenseEditor({ index, license, unitIds, startDate }: Props) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const ids = { type: useId(), count: useId(), unit: useId(), ordering: useId(), id: useId() };
  const path = `secureClient.licenses[${index}]`;
  const patch = (p: ScLicensePatch) => dispatch({ type: 'sc-patch-license', index, patch: p });
  const fields = new Set(shownFields(license));

  return (
    <fieldset className="key-card sc-license" data-path={path} data-testid={`sc-license-${license.id}`}>
      <legend>License {license.id}</legend>
      <div className="field-row">
        <label className="stacked-field" htmlFor={ids.type} data-path={`${path}.type`}>
          <span>Type</span>
          <select
            id={ids.type}
            value={license.type}
            onChange={(e) => {
              const licenseType = e.target.value as ScLicenseType;
              dispatch({ type: 'sc-set-license-type', index, licenseType, patch: retypePatch(license, licenseType) });
            }}
          >
            {LICENSE_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        {fields.has('users') && (
          <label className="stacked-field" htmlFor={`${ids.count}-users`} data-path={`${path}.users`}>
            <span>Users</span>
            <NumberInput id={`${ids.count}-users`} value={license.users} min={1} max={MAX_COUNT} optional className="narrow" onCommit={(users) => patch({ users })} />
          </label>
        )}
        {fields.has('sessions') && (
          <label className="stacked-field" htmlFor={`${ids.count}-sessions`} data-path={`${path}.sessions`}>
            <span>Sessions</span>
            <NumberInput id={`${ids.count}-sessions`} value={license.sessions} min={1} max={MAX_COUNT} optional className="narrow" onCommit={(sessions) => patch({ sessions })} />
          </label>
        )}
        {fields.has('unit') && (
          <label className="stacked-field" htmlFor={ids.unit} data-path={`${path}.unit`}>
            <span>Headend unit</span>
            <select id={ids.unit} value={license.unit ?? ''} onChange={(e) => patch({ unit: e.target.value === '' ? undefined : e.target.value })}>
              <option value="">Not set</option>
              {license.unit !== undefined && !unitIds.includes(license.unit) && <option value={license.unit}>{license.unit} (not in the plan)</option>}
              {unitIds.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="stacked-field" htmlFor={ids.id} data-path={`${path}.id`}>
          <span>License id</span>
          <GuardedTextInput id={ids.id} value={license.id} className="narrow-text" onCommit={(id) => dispatch({ type: 'sc-patch-license', index, patch: { id } })} />
        </label>
      </div>
      <div className="field-row">
        <ScDayField label="Starts" day={license.startDay} startDate={startDate} path={`${path}.startDay`} onChange={(startDay) => startDay !== undefined && patch({ startDay })} />
        {fields.has('termMonths') && <TermField months={license.termMonths} path={`${path}.termMonths`} onChange={(termMonths) => patch({ termMonths })} />}
      </div>
      {(fields.has('shipDay') || fields.has('orderDay') || fields.has('ordering')) && (
        <details className="sc-ordering" open={license.shipDay !== undefined || license.orderDay !== undefined || license.ordering !== undefined ? true : undefined}>
          <summary>Ordering and shipping (optional)</summary>
          <div className="field-row">
            {fields.has('shipDay') && <ScDayField label="Shipped" day={license.shipDay} startDate={startDate} path={`${path}.shipDay`} optional onChange={(shipDay) => patch({ shipDay })} />}
            {fields.has('orderDay') && <ScDayField label="Ordered" day={license.orderDay} startDate={startDate} path={`${path}.orderDay`} optional onChange={(orderDay) => patch({ orderDay })} />}
            {fields.has('ordering') && (
              <label className="stacked-field" htmlFor={ids.ordering} data-path={`${path}.ordering`}>
                <span>Ordered as</span>
                <select id={ids.ordering} value={license.ordering ?? ''} onChange={(e) => patch({ ordering: e.target.value === '' ? undefined : (e.target.value as 'banding' | 'block') })}>
                  <option value="">Not set</option>
                  <option value="banding">Banding SKU (any user and month count)</option>
                  <option value="block">Block SKU (1, 3 or 5 years)</option>
                </select>
              </label>
            )}
          </div>
        </details>
      )}
      <div className="field-row">
        {fields.has('support') && (
          <label className="checkbox" data-path={`${path}.support`}>
            <input type="checkbox" checked={license.support === true} onChange={(e) => patch({ support: e.target.checked ? true : undefined })} />
            SWSS support contract bought
          </label>
        )}
        <button type="button" className="danger" onClick={() => dispatch({ type: 'sc-remove-license', index })}>
          Remove license {license.id}
        </button>
      </div>
    </fieldset>
  );
}
