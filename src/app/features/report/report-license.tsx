// The running license on the report day: every feature (no filter), each unit's value, where the
// value comes from, the rule and its citation.
import type { EvaluateResult } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { formatValue } from '../../ui/display/format-value';
import { cappedText, licenseRows, runningHeader } from '../../ui/display/license-rows';

export function ReportLicense({ result, unitIds, startDate }: { result: EvaluateResult; unitIds: readonly string[]; startDate: string }) {
  const rows = licenseRows(result, unitIds);
  return (
    <section className="report-section" aria-labelledby="report-license-h">
      <h3 id="report-license-h">Running license on {shortDate(startDate, result.at)}</h3>
      {rows.length === 0 ? (
        <p className="muted">The engine could not evaluate this plan; see the issues.</p>
      ) : (
        <table className="report-license" data-testid="report-license">
          <thead>
            <tr>
              <th scope="col">Feature</th>
              <th scope="col">{runningHeader(unitIds)}</th>
              {unitIds.length > 1 && unitIds.map((id) => <th scope="col" key={id}>{id}</th>)}
              <th scope="col">Source</th>
              <th scope="col">Rule and citation</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.feature} data-feature={r.feature}>
                <th scope="row">{r.label}</th>
                <td className="value">
                  {formatValue(r.combined)}
                  {r.capped ? <span className="cap-mark">{cappedText(r.capped)}</span> : null}
                </td>
                {unitIds.length > 1 && unitIds.map((id) => <td key={id}>{formatValue(r.units[id])}</td>)}
                <td>
                  {r.source ?? '—'}
                  {r.sourceDetail ? <span className="source-detail">{r.sourceDetail}</span> : null}
                </td>
                <td>
                  {r.rule} <cite>{r.cite}</cite>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
