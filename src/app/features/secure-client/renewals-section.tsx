// The Secure Client terms to renew: the one Renewals list (the Renewals card) filtered to Secure
// Client, so both say the same; its calendar holds the same entries.
import { useMemo } from 'react';
import { renewalList, renewalsOfKind, type EvaluateResult, type Plan } from '../../../engine/index';
import { withTone } from '../../ui/display/renewal-list';
import { RenewalCalendarButton } from '../../ui/renewal-calendar-button';
import { RenewalListTable } from '../../ui/renewal-list-table';

export function RenewalsSection({ plan, result }: { plan: Plan; result: EvaluateResult }) {
  const { renewals, secureClient, billOfMaterials, timeline, at } = result;
  const events = timeline.events;
  const entries = useMemo(
    () => renewalsOfKind(renewalList(plan, { renewals, secureClient, billOfMaterials, timeline: { events } }), 'secure-client'),
    [plan, renewals, secureClient, billOfMaterials, events],
  );
  const rows = useMemo(() => withTone(entries, at), [entries, at]);
  return (
    <>
      <h3>Renewals</h3>
      <p className="muted hint">The Secure Client part of the Renewals list.</p>
      {rows.length === 0 ? (
        <p className="muted">No Plus or Apex term to renew.</p>
      ) : (
        <RenewalListTable rows={rows} startDate={plan.startDate} testId="sc-renewals" label="Secure Client renewals table" />
      )}
      <RenewalCalendarButton plan={plan} rows={rows} filter="secure-client" title="Secure Client renewals" />
    </>
  );
}
