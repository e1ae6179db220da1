// Pick a model by name or family; the catalog's headline limits are shown for the choice. The
// search box is a combobox: its matches are listed under it, the arrow keys move through them,
// Enter (or a click) chooses one, and a search that leaves a single match chooses it at once.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ModelId, TierId } from '../../../engine/index';
import { findModel, headlineLimits, type UiModel } from '../../ui/display/model-info';
import { searchModels } from './model-search';
import './model-picker.css';

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

const licensingOf = (m: UiModel) => (m.licensing === 'pak' ? 'PAK' : 'Smart');

export function ModelPicker({ value, tier, onChange, path }: Props) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** The matches are listed while the user searches: closed by a choice (here or in the Model list), Escape, or leaving the box. */
  const [listOpen, setListOpen] = useState(false);
  useEffect(() => setListOpen(false), [value]);
  const matches = useMemo(() => searchModels(query), [query]);
  const current = findModel(value);
  const shown = current !== undefined && !matches.includes(current) ? [current, ...matches] : matches;
  const open = listOpen && query.trim() !== '' && matches.length > 0;
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (i: number) => `${searchId}-option-${i}`;

  const search = (text: string) => {
    setQuery(text);
    setActive(0);
    setListOpen(true);
    const found = searchModels(text);
    const only = found[0];
    if (text.trim() !== '' && found.length === 1 && only !== undefined && only.id !== value) onChange(only.id);
  };
  const choose = (m: UiModel | undefined) => {
    if (m === undefined) return;
    if (m.id !== value) onChange(m.id);
    setQuery('');
    setActive(0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (query.trim() === '' || matches.length === 0) return;
    const last = matches.length - 1;
    if (!open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) setListOpen(true);
    else if (e.key === 'ArrowDown') setActive(activeIndex >= last ? 0 : activeIndex + 1);
    else if (e.key === 'ArrowUp') setActive(activeIndex <= 0 ? last : activeIndex - 1);
    else if (e.key === 'Enter') choose(matches[open ? activeIndex : 0]);
    else if (e.key === 'Escape' && open) setListOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <div className="model-picker">
      <div className="field-row">
        <div className="stacked-field model-search">
          <label htmlFor={searchId}>Find model</label>
          <input
            id={searchId}
            type="search"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={`${searchId}-list`}
            aria-activedescendant={open ? optionId(activeIndex) : undefined}
            placeholder="5545, Firepower…"
            value={query}
            onChange={(e) => search(e.target.value)}
            onKeyDown={onKey}
            onBlur={() => setListOpen(false)}
            aria-describedby={`${searchId}-count`}
            autoComplete="off"
          />
          <span id={`${searchId}-count`} className="muted hint" aria-live="polite">
            {matches.length} of {searchModels('').length} models
            {query.trim() !== '' && (matches.length === 1 && matches[0]?.id === value ? ` · ${matches[0].name} chosen` : matches.length > 0 ? ' · ↑↓ to move, Enter to choose' : '')}
          </span>
          <ul id={`${searchId}-list`} role="listbox" aria-label="Matching models" className="model-matches" hidden={!open}>
            {open &&
              matches.map((m, i) => (
                <li
                  key={m.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === activeIndex}
                  className={m.id === value ? 'chosen' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(m)}
                >
                  {m.name} <span className="muted">({licensingOf(m)})</span>
                </li>
              ))}
          </ul>
        </div>
        <label className="stacked-field grow" data-path={path}>
          <span>Model</span>
          <select value={value} onChange={(e) => onChange(e.target.value as ModelId)} data-testid="model-select">
            {byFamily(shown).map(([family, models]) => (
              <optgroup key={family} label={family}>
                {models.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({licensingOf(m)})
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
