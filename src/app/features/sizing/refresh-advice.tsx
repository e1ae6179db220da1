// Refresh advice for the current plan (PAK units, or a plan opened from device output): the
// Smart-licensed models whose limits cover its running license, what each must order, and what the
// old box had that the new one lacks, all from the engine's refreshAdvice.
import { useMemo } from 'react';
import type { Plan } from '../../../engine/index';
import { CiteTip } from '../../ui/cite-tip';
import { findModel } from '../../ui/display/model-info';
import { refreshRows } from './refresh-rows';
import { adviseRefresh } from './sizing-engine';

export function RefreshAdvice({ plan }: { plan: Plan }) {
  const advice = useMemo(() => refreshRows(adviseRefresh(plan)), [plan]);
  const from = plan.deployment.units.map((u) => findModel(u.model)?.name ?? u.model);
  return (
    <section className="card" aria-labelledby="refresh-h" data-testid="refresh-advice">
      <h2 id="refresh-h">Refresh advice for “{plan.name}”</h2>
      <p className="muted">
        Replacing {[...new Set(from)].join(', ')}: the Smart-licensed models that cover the running license of the current plan, what each needs ordered, and what the current box has that the new one
        lacks.
      </p>
      {advice.error !== undefined ? (
        <p role="alert">{advice.error}</p>
      ) : (
        <>
          {advice.issues.map((i, n) => (
            <p key={n} className="muted">
              {i.message} {i.cite ? <CiteTip cite={i.cite} /> : null}
            </p>
          ))}
          {advice.rows.length === 0 ? (
            <p>No Smart-licensed model covers this plan’s running license.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Refresh candidates">
              <table className="sizing-table" data-testid="refresh-table">
                <caption className="visually-hidden">Smart-licensed replacements: what to order and what they lack.</caption>
                <thead>
                  <tr>
                    <th scope="col">Model</th>
                    <th scope="col">Covers the running license</th>
                    <th scope="col">To order</th>
                    <th scope="col">What the current box has that it lacks</th>
                  </tr>
                </thead>
                <tbody>
                  {advice.rows.map((r) => (
                    <tr key={r.id} data-model={r.model} data-covers={r.covers ? 'yes' : 'no'}>
                      <td>
                        <strong>{r.modelName}</strong>
                      </td>
                      <td>{r.covers ? 'Yes' : 'No'}</td>
                      <td>
                        {r.order.length === 0 ? (
                          <span className="muted">nothing beyond the hardware</span>
                        ) : (
                          <ul className="sizing-list">
                            {r.order.map((l, i) => (
                              <li key={i}>
                                {l.quantity} × <code>{l.pid}</code> <span className="muted">{l.for}</span> <CiteTip cite={l.cite} />
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        {r.lacks.length === 0 ? (
                          <span className="muted">nothing</span>
                        ) : (
                          <ul className="sizing-list">
                            {r.lacks.map((l, i) => (
                              <li key={i}>
                                {l.message} <cite className="sizing-cite">{l.cite}</cite>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
