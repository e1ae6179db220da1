// The permanent key: only the values the model's tier lists (catalog FeatureSpec default/options/upTo).
import type { FeatureValue, PakUnit } from '../../../engine/index';
import { formatValue } from '../../ui/display/format-value';
import { permanentChoices, type UiModel } from '../../ui/display/model-info';
import { useUnitDispatch } from './use-unit-dispatch';
import { CiteTip } from '../../ui/cite-tip';
import { NumberInput } from '../../ui/input/number-input';
import { ValueSelect } from './value-select';

interface Props {
  unit: PakUnit;
  index: number;
  model: UiModel;
}

export function PermanentKeyEditor({ unit, index, model }: Props) {
  const dispatch = useUnitDispatch();
  const choices = permanentChoices(model, unit.permanent.tier);
  const path = `deployment.units[${index}].permanent`;
  const set = (feature: (typeof choices)[number], value: FeatureValue | undefined) =>
    dispatch({ type: 'set-permanent-feature', unit: index, feature: feature.feature, value: value === feature.default ? undefined : value });
  return (
    <fieldset className="subcard" data-path={path}>
      <legend>Permanent license</legend>
      {choices.length === 0 ? (
        <p className="muted">The {model.name} has no optional permanent licenses in this tier.</p>
      ) : (
        <div className="feature-grid">
          {choices.map((c) => {
            const current = unit.permanent.features[c.feature] ?? c.default;
            const fieldPath = `${path}.features.${c.feature}`;
            return (
              <div key={c.feature} className="feature-field" data-path={fieldPath}>
                <label htmlFor={`${fieldPath}-input`}>
                  {c.label} <CiteTip cite={c.cite} />
                </label>
                {c.upTo !== undefined ? (
                  <span className="with-hint">
                    <NumberInput
                      id={`${fieldPath}-input`}
                      value={typeof current === 'number' ? current : 0}
                      min={0}
                      max={c.upTo}
                      optional
                      rule={`The ${model.name} allows up to ${formatValue(c.upTo)}.`}
                      cite={c.cite}
                      onCommit={(n) => set(c, n ?? c.default)}
                      className="narrow"
                    />
                    <span className="muted hint">0 to {formatValue(c.upTo)}</span>
                  </span>
                ) : (
                  <ValueSelect id={`${fieldPath}-input`} value={current} defaultValue={c.default} options={c.options} onChange={(v) => set(c, v)} />
                )}
                {c.note && <span className="muted hint">{c.note}</span>}
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
