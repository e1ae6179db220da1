// The unit's stack of time-based keys.
import type { PakUnit } from '../../engine/index';
import { firstValue, timeBasedChoices, type UiModel } from '../lib/model-info';
import { usePlanStore } from '../store/plan-store';
import { TimeKeyEditor } from './time-key-editor';

interface Props {
  unit: PakUnit;
  index: number;
  model: UiModel;
}

export function TimeKeyList({ unit, index, model }: Props) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const choices = timeBasedChoices(model, unit.permanent.tier);
  const path = `deployment.units[${index}].timeBased`;
  const add = () => {
    const first = choices.find((c) => c.feature === 'botnet-traffic-filter') ?? choices[0];
    if (first === undefined) return;
    dispatch({ type: 'add-time-key', unit: index, features: { [first.feature]: firstValue(first) }, days: 365, installDay: 0 });
  };
  return (
    <fieldset className="subcard" data-path={path}>
      <legend>Time-based keys ({unit.timeBased.length})</legend>
      {!model.timeBasedKeys && <p className="muted">The {model.name} does not take time-based keys.</p>}
      {unit.timeBased.map((k, i) => (
        <TimeKeyEditor key={i} unitIndex={index} keyIndex={i} timeKey={k} choices={choices} />
      ))}
      <button type="button" onClick={add} disabled={choices.length === 0}>
        Add time-based key
      </button>
    </fieldset>
  );
}
