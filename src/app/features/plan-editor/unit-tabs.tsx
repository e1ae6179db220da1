// One tab per unit (arrow keys move between them) and the selected unit's editor. A tab is
// flagged when the engine says its unit differs where every unit must match; a unit added is selected.
import { useRef, type KeyboardEvent } from 'react';
import { useUnitMismatches } from './use-unit-mismatches';
import { findModel } from '../../ui/display/model-info';
import { usePlanStore } from '../../store/plan-store';
import { SameOnEveryUnit } from './same-on-every-unit';
import { UnitEditor } from './unit-editor';
import './unit-tabs.css';

function roleOf(mode: string, index: number): string {
  if (mode === 'failover') return index === 0 ? 'primary' : 'secondary';
  if (mode === 'cluster') return index === 0 ? 'control' : 'data';
  return '';
}

export function UnitTabs() {
  const deployment = usePlanStore((s) => s.plan.deployment);
  const selectedRaw = usePlanStore((s) => s.view.selectedUnit);
  const setView = usePlanStore((s) => s.setView);
  const dispatch = usePlanStore((s) => s.dispatch);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const mismatches = useUnitMismatches();
  const units = deployment.units;
  const selected = Math.min(selectedRaw, units.length - 1);

  const select = (i: number) => {
    setView({ selectedUnit: i });
    tabs.current[i]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const last = units.length - 1;
    const next = e.key === 'ArrowRight' ? (selected >= last ? 0 : selected + 1) : e.key === 'ArrowLeft' ? (selected <= 0 ? last : selected - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (next >= 0) {
      e.preventDefault();
      select(next);
    }
  };

  return (
    <div className="units" data-path="deployment.units">
      <SameOnEveryUnit />
      <div className="tabs-bar">
        <div role="tablist" aria-label="Units" onKeyDown={onKey}>
          {units.map((u, i) => {
            const role = roleOf(deployment.mode, i);
            const differs = i > 0 ? mismatches.get(u.id) : undefined;
            return (
              <button
                key={i}
                ref={(el) => {
                  tabs.current[i] = el;
                }}
                role="tab"
                type="button"
                id={`unit-tab-${i}`}
                aria-selected={i === selected}
                aria-controls="unit-panel"
                tabIndex={i === selected ? 0 : -1}
                onClick={() => select(i)}
              >
                <span className="tab-title">{u.id}</span>
                <span className="tab-sub">
                  {findModel(u.model)?.name ?? u.model}
                  {role && ` · ${role}`}
                </span>
                {differs !== undefined && (
                  <span className="tab-differs" title={differs.map((d) => d.message).join('\n')}>
                    ≠ differs from {units[0]?.id}
                  </span>
                )}
              </button>
            );
          })}
        </div>
        <div className="button-group">
          <button
            type="button"
            onClick={() => {
              dispatch({ type: 'add-unit' });
              setView({ selectedUnit: units.length });
            }}
            disabled={deployment.mode === 'failover' && units.length >= 2}
          >
            Add unit
          </button>
          <button
            type="button"
            disabled={units.length <= 1}
            onClick={() => {
              dispatch({ type: 'remove-unit', unit: selected });
              setView({ selectedUnit: Math.max(0, selected - 1) });
            }}
          >
            Remove {units[selected]?.id ?? 'unit'}
          </button>
        </div>
      </div>
      <div role="tabpanel" id="unit-panel" aria-labelledby={`unit-tab-${selected}`}>
        <UnitEditor index={selected} />
      </div>
    </div>
  );
}
