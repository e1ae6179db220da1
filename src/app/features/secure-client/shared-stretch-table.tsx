// The shared-licensing simulation stretch by stretch: which server serves, the backup's operating
// limit and whether it drains or recharges, the free pool, and each participant's sessions.
import type { SharedStretch } from '../../../engine/secure-client/index';
import { limitTrend, momentParts, participantIds, serverLabel, sharedDuration, untilParts, type MomentParts } from './shared-licensing-view';
import { useFirstRows } from '../../ui/display/first-rows';

const n = new Intl.NumberFormat('en-US');
const FIRST_ROWS = 200;
const FIELDS = [
  ['demand', 'Demand'],
  ['local', 'Local'],
  ['held', 'Held'],
  ['served', 'Served'],
  ['unserved', 'Unserved'],
] as const;

interface Props {
  stretches: readonly SharedStretch[];
  startDate: string;
  /** The stretch in force on this day is marked (the as-of day). */
  asOfDay: number;
}

export function SharedStretchTable({ stretches, startDate, asOfDay }: Props) {
  const ids = participantIds(stretches);
  const { shown, toggle } = useFirstRows(stretches, FIRST_ROWS, 'stretches');
  return (
    <>
      <div className="shared-table-scroll" role="region" aria-label="Shared licensing stretches (scrolls sideways)" tabIndex={0}>
        <table data-testid="shared-stretches" className="shared-stretches">
          <colgroup span={6} />
          {ids.map((id) => (
            <colgroup key={id} span={FIELDS.length} className="shared-participant-cols" />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="shared-from">
                From
              </th>
              <th scope="col" rowSpan={2}>
                To
              </th>
              <th scope="col" rowSpan={2}>
                Length
              </th>
              <th scope="col" rowSpan={2}>
                Server
              </th>
              <th scope="col" rowSpan={2}>
                Backup limit
              </th>
              <th scope="col" rowSpan={2}>
                Pool free
              </th>
              {ids.map((id) => (
                <th key={id} scope="colgroup" colSpan={FIELDS.length} className="shared-group">
                  {id}
                </th>
              ))}
            </tr>
            <tr>
              {ids.flatMap((id) =>
                FIELDS.map(([field, label]) => (
                  <th key={`${id}:${field}`} scope="col" className={field === 'demand' ? 'shared-group num' : 'num'}>
                    {label}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => {
              const now = s.from <= asOfDay && asOfDay < s.to;
              return (
                <tr key={s.from} data-from={s.from} className={now ? 'shared-now' : undefined}>
                  <th scope="row" data-column="from" className="shared-from">
                    <Moment parts={momentParts(startDate, s.from)} />
                    {now && <span className="shared-now-tag">as of</span>}
                  </th>
                  <td data-column="to">
                    <Moment parts={untilParts(startDate, s.to)} />
                  </td>
                  <td data-column="length">{sharedDuration(s.to - s.from)}</td>
                  <td data-column="server" className={s.server === null ? 'shared-alert' : undefined}>
                    {serverLabel(s.server)}
                  </td>
                  <td data-column="backup-limit">
                    {s.backupLimitDays === null ? (
                      '—'
                    ) : (
                      <>
                        <span className="shared-line">{sharedDuration(s.backupLimitDays)},</span>{' '}
                        <span className={`shared-line shared-trend-${limitTrend(s.backupLimitRate)}`}>{limitTrend(s.backupLimitRate)}</span>
                      </>
                    )}
                  </td>
                  <td data-column="pool-free" className="num">
                    {n.format(s.poolFree)}
                    {s.overcommitted && <span className="shared-flag">overcommitted</span>}
                  </td>
                  {ids.flatMap((id) => {
                    const p = s.participants[id];
                    return FIELDS.map(([field]) => (
                      <td
                        key={`${id}:${field}`}
                        data-column={`${id}:${field}`}
                        className={`num${field === 'demand' ? ' shared-group' : ''}${field === 'unserved' && (p?.unserved ?? 0) > 0 ? ' shared-alert' : ''}`}
                      >
                        {p === undefined ? '—' : n.format(p[field])}
                        {field === 'held' && p !== undefined && p.allocated !== p.held && <span className="shared-flag">server counts {n.format(p.allocated)}</span>}
                        {field === 'held' && p !== undefined && !p.inContact && <span className="shared-flag">out of contact</span>}
                      </td>
                    ));
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {toggle}
    </>
  );
}

/** A date, with the time of day on a line of its own. */
function Moment({ parts }: { parts: MomentParts }) {
  return (
    <>
      <span className="shared-line">{parts.date}</span>
      {parts.time !== undefined && (
        <>
          {' '}
          <span className="shared-line shared-time">{parts.time}</span>
        </>
      )}
    </>
  );
}
