// Coverage over time: the chart, the gaps in words, and every stretch as a table.
import type { SecureClientReport } from '../../../engine/secure-client/index';
import { shortDate } from '../../ui/display/dates';
import { coverageSeries, gapAreas, GAP_LABEL } from './secure-client-coverage';
import { CiteTip } from '../../ui/cite-tip';
import { CoverageChart } from './coverage-chart';

interface Props {
  report: SecureClientReport;
  startDate: string;
  horizon: number;
  asOfDay: number;
}

const n = new Intl.NumberFormat('en-US');
const until = (startDate: string, to: number | null) => (to === null ? 'onwards' : `to ${shortDate(startDate, to - 1)}`);

export function CoverageSection({ report, startDate, horizon, asOfDay }: Props) {
  const points = coverageSeries(report.stretches, horizon);
  const gaps = gapAreas(report.gaps, horizon, report.stretches);
  return (
    <>
      <h3>Coverage over time</h3>
      <figure className="chart" data-testid="sc-coverage-chart" aria-label={`Licensed Secure Client users against the demand from ${shortDate(startDate, 0)} to ${shortDate(startDate, horizon)}`}>
        <CoverageChart points={points} gaps={gaps} startDate={startDate} horizon={horizon} asOfDay={asOfDay} />
        <figcaption className="muted">
          Solid lines: licensed users; dashed with hollow dots: the demand. Cross-hatched red: users with no license in force; slanted amber lines: users short of a license, or a needed feature not
          licensed. Click or drag on the chart to set the as-of day.
        </figcaption>
      </figure>
      {report.gaps.length > 0 ? (
        <ul className="sc-gaps" data-testid="sc-gaps">
          {report.gaps.map((g, i) => (
            <li key={i} className={`sc-gap-item sc-gap-item-${g.kind === 'no-coverage' ? 'none' : 'short'}`}>
              <strong>{GAP_LABEL[g.kind]}</strong> from {shortDate(startDate, g.from)} {until(startDate, g.to)}
              {g.shortBy !== null && `: short by ${n.format(g.shortBy)}`}
              {g.feature !== undefined && ` (${g.feature})`}
              {g.note !== undefined && ` — ${g.note}`} <CiteTip cite={g.cite} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No coverage gap over the plan.</p>
      )}
      <details className="events-list">
        <summary>Coverage stretches ({report.stretches.length})</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Coverage stretches table">
          <table data-testid="sc-stretches">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Plus users</th>
                <th scope="col">Apex users</th>
                <th scope="col">Demand (users / Apex)</th>
                <th scope="col">Runnable peers</th>
                <th scope="col">Licenses in force</th>
              </tr>
            </thead>
            <tbody>
              {report.stretches.map((s, i) => (
                <tr key={i}>
                  <td>{shortDate(startDate, s.from)}</td>
                  <td>{s.to === null ? '—' : shortDate(startDate, s.to - 1)}</td>
                  <td className="num">{n.format(s.plusUsers)}</td>
                  <td className="num">{n.format(s.apexUsers)}</td>
                  <td className="num">
                    {s.demandUsers === null ? '—' : n.format(s.demandUsers)} / {s.demandApexUsers === null ? '—' : n.format(s.demandApexUsers)}
                  </td>
                  <td className="num">{n.format(s.runnablePeers)}</td>
                  <td>
                    {s.licenses.join(', ') || 'none'}
                    {s.evaluation && ' (evaluation)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
