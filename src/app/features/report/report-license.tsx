// The running license on the report day: every feature (no filter), each unit's value, where the
// value comes from, the rule and its citation. Fixed, balanced column widths (features/report/
// license-columns.ts); a cluster lists the units' values in tables below.
import type { EvaluateResult } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { formatValue } from '../../ui/display/format-value';
import { cappedText, licenseRows, runningHeader, type LicenseRow } from '../../ui/display/license-rows';
import { Breakable } from './breakable';
import { licenseColumns, unitGroups } from './license-columns';

export function ReportLicense({ result, unitIds, startDate }: { result: EvaluateResult; unitIds: readonly string[]; startDate: string }) {
  const rows = licenseRows(result, unitIds);
  const { unitColumns, widths } = licenseColumns(unitIds.length);
  const columnUnits = unitColumns ? unitIds : [];
  return (
    <section className="report-section report-license-section" aria-labelledby="report-license-h">
      <h3 id="report-license-h">Running license on {shortDate(startDate, result.at)}</h3>
      {rows.length === 0 ? (
        <p className="muted">The engine could not evaluate this plan; see the issues.</p>
      ) : (
        <>
          <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="report-license-h">
            <table className="report-license" data-testid="report-license">
              <colgroup>
                {widths.map((w, i) => (
                  <col key={i} style={{ width: `${w}%` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Feature</th>
                  <th scope="col">{runningHeader(unitIds)}</th>
                  {columnUnits.map((id) => (
                    <th scope="col" key={id}>
                      {id}
                    </th>
                  ))}
                  <th scope="col">Source</th>
                  <th scope="col">Rule and citation</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.feature} data-feature={r.feature}>
                    <th scope="row">{r.label}</th>
                    <td className="value">
                      <Breakable text={formatValue(r.combined)} />
                      {r.capped ? <span className="cap-mark">{cappedText(r.capped)}</span> : null}
                    </td>
                    {columnUnits.map((id) => (
                      <td key={id}>
                        <Breakable text={formatValue(r.units[id])} />
                      </td>
                    ))}
                    <td>
                      {r.source ?? '—'}
                      {r.sourceDetail ? <span className="source-detail">{r.sourceDetail}</span> : null}
                    </td>
                    <td data-column="rule">
                      {r.rule} <cite>{r.cite}</cite>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!unitColumns && unitIds.length > 1 && <UnitValues rows={rows} unitIds={unitIds} />}
        </>
      )}
    </section>
  );
}

/** Each unit's own value, for a cluster too large for a column per unit. */
function UnitValues({ rows, unitIds }: { rows: readonly LicenseRow[]; unitIds: readonly string[] }) {
  const groups = unitGroups(unitIds);
  return (
    <>
      <h4>Each unit’s own license</h4>
      {groups.map((units) => (
        <div key={units[0]} className="report-table-scroll" tabIndex={0} role="region" aria-label={`Each unit’s own license: ${units[0]} to ${units[units.length - 1]}`}>
          <table className="report-unit-values" data-testid="report-unit-values">
            <thead>
              <tr>
                <th scope="col">Feature</th>
                {units.map((id) => (
                  <th scope="col" key={id}>
                    {id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.feature}>
                  <th scope="row">{r.label}</th>
                  {units.map((id) => (
                    <td key={id}>{formatValue(r.units[id])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
