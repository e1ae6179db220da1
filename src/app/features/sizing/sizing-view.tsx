// The "What do you need?" page: the needs form, the engine's ranked fits and the models ruled out,
// "Use this" (the fit's plan replaces the current one through the store: undo brings it back), and
// the refresh advice for the current plan.
import { useCallback, useMemo, useState } from 'react';
import { parsePlan, type Plan } from '../../../engine/index';
import { navigate } from '../../ui/use-route';
import { usePlanStore } from '../../store/plan-store';
import { EMPTY_NEEDS, needCount, needsFromForm, type NeedsForm } from './needs-form';
import { NeedsFields } from './needs-fields';
import { RefreshAdvice } from './refresh-advice';
import { sizeNeeds } from './sizing-engine';
import { sizingRows } from './sizing-rows';
import { SizingTable } from './sizing-table';
import type { SizingFit } from './sizing-types';
import './sizing.css';

// The form survives a visit to another page (not a reload): the needs are a question, not the plan.
let lastForm: NeedsForm = EMPTY_NEEDS;

export default function SizingView({ plan }: { plan: Plan }) {
  const [form, setFormState] = useState(lastForm);
  const [message, setMessage] = useState<string[]>([]);
  const dispatch = usePlanStore((s) => s.dispatch);
  const setForm = (next: NeedsForm) => {
    lastForm = next;
    setFormState(next);
  };
  const asked = needCount(form) > 0;
  const result = useMemo(() => (asked ? sizeNeeds(needsFromForm(form)) : null), [form, asked]);
  const rows = useMemo(() => (result !== null && !('error' in result) ? sizingRows(result) : []), [result]);
  const fitCount = result !== null && !('error' in result) ? result.fits.length : 0;

  const use = useCallback(
    (fit: SizingFit, name: string) => {
      const read = parsePlan(fit.plan);
      if (!read.ok) {
        setMessage([`The plan for the ${name} could not be read:`, ...read.issues.map((i) => i.message)]);
        return;
      }
      const rejected = dispatch({ type: 'replace-plan', plan: read.plan });
      if (rejected.length > 0) {
        setMessage(rejected);
        return;
      }
      navigate('plan');
    },
    [dispatch],
  );

  return (
    <div className="sizing-page">
      <section className="card" aria-labelledby="sizing-h" data-testid="sizing">
        <h2 id="sizing-h" tabIndex={-1}>
          What do you need?
        </h2>
        <p className="muted">
          Say what the deployment must run; every model and tier is checked against the documents. “Use this” replaces the current plan with the one that runs these needs (Undo brings the current plan
          back).
        </p>
        <NeedsFields form={form} onChange={setForm} />
      </section>
      <section className="card" aria-labelledby="sizing-results-h" data-testid="sizing-results">
        <h2 id="sizing-results-h">Models that fit</h2>
        {message.length > 0 && (
          <div role="alert" className="field-error">
            {message.map((m, i) => (
              <p key={i}>{m}</p>
            ))}
          </div>
        )}
        {result === null ? (
          <p className="muted">Enter at least one need to compare the models.</p>
        ) : 'error' in result ? (
          <p role="alert">{result.error}</p>
        ) : (
          <>
            <p role="status">
              {fitCount === 0 ? 'No model fits every need.' : `${fitCount} model${fitCount === 1 ? '' : 's'} fit${fitCount === 1 ? 's' : ''}`}; {result.ruledOut.length} ruled out.
            </p>
            {result.issues.length > 0 && (
              <ul className="sizing-issues" data-testid="sizing-issues">
                {result.issues.map((i, n) => (
                  <li key={n} className={`issue-${i.severity}`}>
                    {i.message} {i.cite ? <cite>{i.cite}</cite> : null}
                  </li>
                ))}
              </ul>
            )}
            <SizingTable rows={rows} onUse={use} />
          </>
        )}
      </section>
      <RefreshAdvice plan={plan} />
    </div>
  );
}
