// One time-based key: its features and values (as the catalog allows), install day, term, state.
import { memo, useState } from 'react';
import type { FeatureId, FeatureValue, TimeBasedKey } from '../../../engine/index';
import { formatValue } from '../../ui/display/format-value';
import { firstValue, type FeatureChoice } from '../../ui/display/model-info';
import type { KeyPatch } from '../../store/plan-commands';
import { usePlanStore } from '../../store/plan-store';
import { DayDateInput } from './day-date-input';
import { DurationInput } from './duration-input';
import { GuardedTextInput } from '../../ui/input/guarded-text-input';
import { NumberInput } from '../../ui/input/number-input';
import { ValueSelect } from './value-select';

interface Props {
  unitIndex: number;
  keyIndex: number;
  timeKey: TimeBasedKey;
  choices: readonly FeatureChoice[];
}

/** Memoised: editing one key of a long stack re-renders only that key (the others keep their objects). */
export const TimeKeyEditor = memo(function TimeKeyEditor({ unitIndex, keyIndex, timeKey, choices }: Props) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const startDate = usePlanStore((s) => s.plan.startDate);
  const path = `deployment.units[${unitIndex}].timeBased[${keyIndex}]`;
  const patch = (p: KeyPatch) => dispatch({ type: 'patch-time-key', unit: unitIndex, key: keyIndex, patch: p });
  const setFeature = (feature: FeatureId, value: FeatureValue | undefined) => dispatch({ type: 'set-time-key-feature', unit: unitIndex, key: keyIndex, feature, value });
  const present = Object.keys(timeKey.features) as FeatureId[];
  const addable = choices.filter((c) => !present.includes(c.feature));
  const [toAdd, setToAdd] = useState<FeatureId | ''>('');
  const adding = addable.find((c) => c.feature === toAdd) ?? addable[0];

  return (
    <fieldset className="key-card" data-path={path} data-testid={`time-key-${timeKey.id}`}>
      <legend>Key {timeKey.id}</legend>
      <div className="field-row">
        <label className="stacked-field" data-path={`${path}.id`}>
          <span>Key id</span>
          <GuardedTextInput value={timeKey.id} className="narrow-text" onCommit={(id) => patch({ id })} />
        </label>
        <label className="checkbox" data-path={`${path}.active`}>
          <input type="checkbox" checked={timeKey.active} onChange={(e) => patch({ active: e.target.checked })} />
          Activated when installed
        </label>
        <label className="checkbox" data-path={`${path}.evaluation`}>
          <input type="checkbox" checked={timeKey.evaluation} onChange={(e) => patch({ evaluation: e.target.checked })} />
          Evaluation key
        </label>
        <button type="button" onClick={() => dispatch({ type: 'duplicate-time-key', unit: unitIndex, key: keyIndex })}>
          Duplicate key {timeKey.id}
        </button>
        <button type="button" className="danger" onClick={() => dispatch({ type: 'remove-time-key', unit: unitIndex, key: keyIndex })}>
          Remove key {timeKey.id}
        </button>
      </div>
      <div className="key-features" data-path={`${path}.features`}>
        {present.map((f) => {
          const choice = choices.find((c) => c.feature === f);
          const value = timeKey.features[f] as FeatureValue;
          const fieldPath = `${path}.features.${f}`;
          const inputId = `${fieldPath}-input`;
          return (
            <div key={f} className="feature-field inline" data-path={fieldPath}>
              <label htmlFor={inputId}>{choice?.label ?? f}</label>
              {choice?.upTo !== undefined ? (
                <NumberInput
                  id={inputId}
                  value={typeof value === 'number' ? value : 0}
                  min={1}
                  max={choice.upTo}
                  rule={`A time-based key on this model carries at most ${formatValue(choice.upTo)}.`}
                  cite={choice.cite}
                  onCommit={(n) => n !== undefined && setFeature(f, n)}
                  className="narrow"
                />
              ) : choice !== undefined ? (
                <ValueSelect id={inputId} value={value} options={choice.options} onChange={(v) => setFeature(f, v)} />
              ) : (
                <output id={inputId}>{formatValue(value)} (not offered for this model)</output>
              )}
              <button type="button" className="ghost" onClick={() => setFeature(f, undefined)} disabled={present.length <= 1} aria-label={`Remove ${choice?.label ?? f} from key ${timeKey.id}`}>
                Remove
              </button>
            </div>
          );
        })}
        {adding !== undefined && (
          <div className="feature-field inline add-feature">
            <label htmlFor={`${path}-add`}>Add feature</label>
            <select id={`${path}-add`} value={adding.feature} onChange={(e) => setToAdd(e.target.value as FeatureId)}>
              {addable.map((c) => (
                <option key={c.feature} value={c.feature}>
                  {c.label}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => setFeature(adding.feature, firstValue(adding))}>
              Add
            </button>
          </div>
        )}
      </div>
      <div className="field-row">
        <DayDateInput label="Installed" day={timeKey.installDay} startDate={startDate} path={`${path}.installDay`} onChange={(installDay) => patch({ installDay })} />
        <DurationInput days={timeKey.days} startDate={startDate} installDay={timeKey.installDay} path={`${path}.days`} onChange={(days) => patch({ days })} />
        <label className="stacked-field grow" data-path={`${path}.note`}>
          <span>Note</span>
          <input value={timeKey.note ?? ''} maxLength={200} onChange={(e) => patch({ note: e.target.value })} placeholder="e.g. PAK or order number" />
        </label>
      </div>
    </fieldset>
  );
});
