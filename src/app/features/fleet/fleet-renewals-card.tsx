// Everything that expires across the fleet, in date order with order-by dates (each plan's
// renewalList, engine/fleet/fleet-renewals.ts), a month-by-month chart of what lapses (Recharts), and the same list as CSV
// and as an .ics calendar. The list is virtualised: a big fleet has thousands of expiries.
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { fleetCalendar, RENEWAL_KINDS, renewalKindLabel, renewalMonths, type FleetRenewal } from '../../../engine/fleet/index';
import { downloadText } from '../../persistence/download-file';
import { renewalsCsv, renewalsCsvName, renewalsIcsName } from './fleet-files';

const ROW = 36;
const FILLS = ['var(--chart-1, #1d4f91)', 'var(--chart-3, #2a7a3b)', 'var(--chart-2, #b35c00)'];

export function FleetRenewalsCard({ renewals, fleetName }: { renewals: FleetRenewal[]; fleetName: string }) {
  const months = useMemo(() => renewalMonths(renewals), [renewals]);
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: renewals.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });
  const items = v.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = v.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <section className="card" aria-labelledby="fleet-renewals-h" data-testid="fleet-renewals">
      <h2 id="fleet-renewals-h">Fleet renewals</h2>
      {renewals.length === 0 ? (
        <p className="muted">Nothing in the fleet expires within the plans' horizons.</p>
      ) : (
        <>
          <p className="muted">
            {renewals.length} expir{renewals.length === 1 ? 'y' : 'ies'} across the fleet, soonest first. Each deployment's own renewal list (the one the plan's Renewals card shows), with its order-by
            dates.
          </p>
          <div className="fleet-actions">
            <button type="button" onClick={() => downloadText(renewalsCsvName(fleetName), renewalsCsv(renewals), 'text/csv;charset=utf-8')}>
              Export renewals CSV
            </button>
            <button type="button" onClick={() => downloadText(renewalsIcsName(fleetName), fleetCalendar(fleetName, renewals), 'text/calendar;charset=utf-8')}>
              Download renewals calendar (.ics)
            </button>
          </div>
          <figure className="fleet-chart" aria-label="What lapses, month by month">
            <BarChart responsive style={{ width: '100%', height: 240 }} data={months} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {RENEWAL_KINDS.map((k, i) => (
                <Bar key={k.kind} dataKey={k.kind} name={k.label} stackId="a" fill={FILLS[i % FILLS.length]} />
              ))}
            </BarChart>
            <figcaption className="muted">Expiries per month, by kind.</figcaption>
          </figure>
          <div className="fleet-scroll fleet-renewal-scroll" ref={scroller} tabIndex={0} role="region" aria-label="Fleet expiries">
            <table className="fleet-table" data-testid="fleet-renewal-table">
              <thead>
                <tr>
                  <th scope="col">Expires</th>
                  <th scope="col">Order by</th>
                  <th scope="col">Deployment</th>
                  <th scope="col">Site</th>
                  <th scope="col">What</th>
                  <th scope="col">To order</th>
                </tr>
              </thead>
              <tbody>
                {top > 0 && (
                  <tr aria-hidden="true" style={{ height: top }}>
                    <td colSpan={6} />
                  </tr>
                )}
                {items.map((item) => {
                  const r = renewals[item.index]!;
                  return (
                    <tr key={item.index} style={{ height: ROW }} data-testid="fleet-renewal-row">
                      <td>{r.date}</td>
                      <td>{r.orderByDate}</td>
                      <td>{r.planName}</td>
                      <td>{r.site}</td>
                      <td>
                        {renewalKindLabel(r.kind)}: {r.what}: {r.detail} <cite className="muted">{r.cite}</cite>
                      </td>
                      <td>{r.order}</td>
                    </tr>
                  );
                })}
                {bottom > 0 && (
                  <tr aria-hidden="true" style={{ height: bottom }}>
                    <td colSpan={6} />
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
