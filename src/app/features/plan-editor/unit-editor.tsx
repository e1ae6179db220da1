// One unit: its id, model, software and tier, then its keys (PAK) or entitlements (Smart).
import type { PakUnit, SmartUnit, TierId } from '../../../engine/index';
import { findModel, tierIds } from '../../ui/display/model-info';
import { useUnitDispatch } from './use-unit-dispatch';
import { usePlanStore } from '../../store/plan-store';
import { GuardedTextInput } from '../../ui/input/guarded-text-input';
import { ModelPicker } from './model-picker';
import { PermanentKeyEditor } from './permanent-key-editor';
import { SmartEditor } from './smart-editor';
import { TimeKeyList } from './time-key-list';

const SOFTWARE = ['8.2', '8.3', '8.4', '9.1', '9.2', '9.4', '9.6', '9.8', '9.10', '9.12', '9.14', '9.16', '9.18', '9.20', '9.22'];

export function UnitEditor({ index }: { index: number }) {
  const unit = usePlanStore((s) => s.plan.deployment.units[index]);
  const dispatch = usePlanStore((s) => s.dispatch);
  const unitDispatch = useUnitDispatch();
  if (unit === undefined) return null;
  const model = findModel(unit.model);
  const path = `deployment.units[${index}]`;
  const pak = 'permanent' in unit ? (unit as PakUnit) : undefined;
  const smart = 'smart' in unit ? (unit as SmartUnit) : undefined;
  const tiers = model === undefined ? [] : tierIds(model);
  return (
    <div className="unit-editor" data-path={path}>
      <div className="field-row">
        <label className="stacked-field" data-path={`${path}.id`}>
          <span>Unit id</span>
          <GuardedTextInput value={unit.id} className="narrow-text" onCommit={(id) => dispatch({ type: 'rename-unit', unit: index, id })} />
        </label>
        <label className="stacked-field" data-path={`${path}.software`}>
          <span>Software version</span>
          <GuardedTextInput
            value={unit.software ?? ''}
            list="software-versions"
            placeholder="e.g. 9.16"
            className="narrow-text"
            onCommit={(software) => unitDispatch({ type: 'patch-unit', unit: index, patch: { software: software.trim() || undefined } })}
          />
          <datalist id="software-versions">
            {SOFTWARE.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </label>
        {pak !== undefined && model !== undefined && (
          <label className="stacked-field" data-path={`${path}.permanent.tier`}>
            <span>License tier</span>
            <select value={pak.permanent.tier} onChange={(e) => unitDispatch({ type: 'set-tier', unit: index, tier: e.target.value as TierId })} disabled={tiers.length <= 1}>
              {tiers.map((t) => (
                <option key={t} value={t}>
                  {model.tiers[t]?.name ?? t}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ModelPicker value={unit.model} tier={pak?.permanent.tier} path={`${path}.model`} onChange={(m) => unitDispatch({ type: 'set-unit-model', unit: index, model: m })} />
      {model !== undefined && model.notes.length > 0 && (
        <details className="model-notes">
          <summary>
            Notes on the {model.name} ({model.notes.length})
          </summary>
          <ul>
            {model.notes.map((n) => (
              <li key={n.id}>
                {n.text} <cite>{n.cite}</cite>
              </li>
            ))}
          </ul>
        </details>
      )}
      {pak !== undefined && model !== undefined && (
        <>
          <PermanentKeyEditor unit={pak} index={index} model={model} />
          <TimeKeyList unit={pak} index={index} model={model} />
        </>
      )}
      {smart !== undefined && <SmartEditor unit={smart} index={index} model={model} />}
    </div>
  );
}
