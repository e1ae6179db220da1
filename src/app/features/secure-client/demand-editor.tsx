// What the Secure Client users need: how many, how many at once, Apex users, unattended devices,
// growth per year and the capabilities they use.
import { useId } from 'react';
import { FEATURE_OPTIONS } from './secure-client-form';
import { usePlanStore } from '../../store/plan-store';
import type { ScDemand, ScDemandPatch } from '../../store/secure-client-commands';
import { CiteTip } from '../../ui/cite-tip';
import { NumberInput } from '../../ui/input/number-input';
import { DecimalInput } from './decimal-input';

const MAX = 100_000_000;
type CountField = 'uniqueUsers' | 'peakConcurrent' | 'apexUsers' | 'unattendedDevices';

const COUNTS: readonly { field: CountField; label: string; hint: string }[] = [
  { field: 'uniqueUsers', label: 'Unique users', hint: 'everyone who may connect' },
  { field: 'peakConcurrent', label: 'Peak concurrent', hint: 'connections at the busiest time' },
  { field: 'apexUsers', label: 'Apex users', hint: 'of the unique users' },
  { field: 'unattendedDevices', label: 'Unattended devices', hint: 'no user behind them' },
];

export function DemandEditor({ demand }: { demand: ScDemand | undefined }) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const baseId = useId();
  const patch = (p: ScDemandPatch) => dispatch({ type: 'sc-patch-demand', patch: p });
  const features = demand?.features ?? [];
  const path = 'secureClient.demand';

  return (
    <fieldset className="subcard" data-path={path}>
      <legend>Demand</legend>
      <div className="field-row">
        {COUNTS.map((c) => (
          <div key={c.field} className="stacked-field" data-path={`${path}.${c.field}`}>
            <label className="sc-field-label" htmlFor={`${baseId}-${c.field}`}>
              {c.label}
            </label>
            <NumberInput
              id={`${baseId}-${c.field}`}
              value={demand?.[c.field]}
              min={0}
              max={MAX}
              optional
              className="narrow"
              aria-describedby={`${baseId}-${c.field}-hint`}
              onCommit={(n) => patch({ [c.field]: n })}
            />
            <span id={`${baseId}-${c.field}-hint`} className="muted hint">
              {c.hint}
            </span>
          </div>
        ))}
        <div className="stacked-field" data-path={`${path}.growthPercentPerYear`}>
          <label className="sc-field-label" htmlFor={`${baseId}-growth`}>
            Growth %/year
          </label>
          <DecimalInput
            id={`${baseId}-growth`}
            value={demand?.growthPercentPerYear}
            min={-100}
            max={1000}
            className="narrow"
            aria-describedby={`${baseId}-growth-hint`}
            onCommit={(growthPercentPerYear) => patch({ growthPercentPerYear })}
          />
          <span id={`${baseId}-growth-hint`} className="muted hint">
            steps up on each plan anniversary
          </span>
        </div>
      </div>
      <fieldset className="sc-features" data-path={`${path}.features`}>
        <legend>Capabilities the users need</legend>
        <div className="sc-feature-grid">
          {FEATURE_OPTIONS.map((f) => (
            <span key={f.id} className="checkbox">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={features.includes(f.id)}
                  onChange={(e) => {
                    const next = e.target.checked ? [...features, f.id] : features.filter((x) => x !== f.id);
                    patch({ features: next.length === 0 ? undefined : FEATURE_OPTIONS.map((o) => o.id).filter((id) => next.includes(id)) });
                  }}
                />
                {f.label}
              </label>
              <CiteTip cite={f.cite} />
            </span>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
