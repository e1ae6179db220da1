// The unit's stack of time-based keys. A long stack (a plan of 2,000 keys on one unit) is
// virtualised: only the keys near the viewport are in the page, measured as they render
// (@tanstack/react-virtual's window virtualizer), so showing and editing it stays fast.
import { useMemo } from 'react';
import type { PakUnit } from '../../../engine/index';
import { firstValue, timeBasedChoices, type UiModel } from '../../ui/display/model-info';
import { usePlanStore } from '../../store/plan-store';
import { TimeKeyEditor } from './time-key-editor';
import { VirtualKeyStack } from './virtual-key-stack';

interface Props {
  unit: PakUnit;
  index: number;
  model: UiModel;
}

/** Up to this many keys every key is in the page (the Issues panel's links can focus any field). */
export const VIRTUALISE_OVER = 60;

export function TimeKeyList({ unit, index, model }: Props) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const choices = useMemo(() => timeBasedChoices(model, unit.permanent.tier), [model, unit.permanent.tier]);
  const path = `deployment.units[${index}].timeBased`;
  const add = () => {
    const first = choices.find((c) => c.feature === 'botnet-traffic-filter') ?? choices[0];
    if (first === undefined) return;
    dispatch({ type: 'add-time-key', unit: index, features: { [first.feature]: firstValue(first) }, days: 365, installDay: 0 });
  };
  const keys = unit.timeBased;
  return (
    <fieldset className="subcard" data-path={path}>
      <legend>Time-based keys ({keys.length})</legend>
      {!model.timeBasedKeys && <p className="muted">The {model.name} does not take time-based keys.</p>}
      {keys.length > VIRTUALISE_OVER ? (
        <VirtualKeyStack count={keys.length} render={(i) => <TimeKeyEditor unitIndex={index} keyIndex={i} timeKey={keys[i]!} choices={choices} />} />
      ) : (
        keys.map((k, i) => <TimeKeyEditor key={i} unitIndex={index} keyIndex={i} timeKey={k} choices={choices} />)
      )}
      <button type="button" onClick={add} disabled={choices.length === 0}>
        Add time-based key
      </button>
    </fieldset>
  );
}
