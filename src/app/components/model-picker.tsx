// Pick a model by name or family; the catalog's headline limits are shown for the choice.
import { useId, useMemo, useState } from 'react';
import type { ModelId, TierId } from '../../engine/index';
import { findModel, headlineLimits, searchModels, type UiModel } from '../lib/model-info';

interface Props {
  value: ModelId;
  tier: TierId | undefined;
  onChange: (model: ModelId) => void;
  path: string;
}

function byFamily(models: readonly UiModel[]): [string, UiModel[]][] {
  const groups = new Map<string, UiModel[]>();
  for (const m of models) groups.set(m.family, [...(groups.get(m.family) ?? []), m]);
  return [...groups];
}

export function ModelPicker({ value, tier, onChange, path }: Props) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchModels(query), [query]);
  const current = findModel(value);
  const shown = current !== undefined && !matches.includes(current) ? [current, ...matches] : matches;
  return (
    <div className="model-picker">
      <div className="field-row">
        <label className="stacked-field" htmlFor={searchId}>
          <span>Find model</span>
          <input id={searchId} type="search" placeholder="5545, Firepower…" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${searchId}-count`} />
          <span id={`${searchId}-count`} className="muted hint" aria-live="polite">
            {matches.length} of {searchModels('').length} models
          </span>
        </label>
        <label className="stacked-field grow" data-path={path}>
          <span>Model</span>
          <select value={value} onChange={(e) => onChange(e.target.value as ModelId)} data-testid="model-select">
            {byFamily(shown).map(([family, models]) => (
              <optgroup key={family} label={family}>
                {models.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({m.licensing === 'pak' ? 'PAK' : 'Smart'})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      {current !== undefined && (
        <dl className="headline" aria-label={`${current.name} limits`}>
          {headlineLimits(current, tier).map((h) => (
            <div key={h.label}>
              <dt>{h.label}</dt>
              <dd>{h.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
