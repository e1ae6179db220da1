// Filters of the running-license table; kept in the view, so share links carry them.
import { PROVENANCE_SOURCES, type SourceFilter } from '../../store/view-state';
import { usePlanStore } from '../../store/plan-store';

export function LicenseTableFilters({ shown, total }: { shown: number; total: number }) {
  const view = usePlanStore((s) => s.view);
  const setView = usePlanStore((s) => s.setView);
  return (
    <div className="field-row table-filters" role="search" aria-label="Filter the running license">
      <label className="stacked-field grow">
        <span>Filter features</span>
        <input type="search" value={view.filterText} placeholder="feature, value, key, rule…" onChange={(e) => setView({ filterText: e.target.value })} data-testid="license-filter" />
      </label>
      <label className="stacked-field">
        <span>Source</span>
        <select value={view.filterSource} onChange={(e) => setView({ filterSource: e.target.value as SourceFilter })}>
          <option value="all">All sources</option>
          {PROVENANCE_SOURCES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={view.cappedOnly} onChange={(e) => setView({ cappedOnly: e.target.checked })} />
        Capped by the platform limit only
      </label>
      <p className="muted hint" aria-live="polite">
        {shown} of {total} features
      </p>
    </div>
  );
}
