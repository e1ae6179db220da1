// A select over feature values (numbers, booleans, strings), keeping their types.
import type { FeatureValue } from '../../../engine/index';
import { formatValue } from '../../ui/display/format-value';

interface Props {
  value: FeatureValue;
  defaultValue?: FeatureValue;
  options: readonly FeatureValue[];
  onChange: (v: FeatureValue) => void;
  id?: string;
  'aria-label'?: string;
}

export function ValueSelect({ value, defaultValue, options, onChange, ...attrs }: Props) {
  const all = defaultValue === undefined ? [...options] : [defaultValue, ...options.filter((o) => o !== defaultValue)];
  const offered = all.includes(value);
  return (
    <select {...attrs} value={JSON.stringify(value)} onChange={(e) => onChange(JSON.parse(e.target.value) as FeatureValue)}>
      {!offered && <option value={JSON.stringify(value)}>{formatValue(value)} (not offered for this model)</option>}
      {all.map((o) => (
        <option key={JSON.stringify(o)} value={JSON.stringify(o)}>
          {formatValue(o)}
          {o === defaultValue ? ' (default)' : ''}
        </option>
      ))}
    </select>
  );
}
