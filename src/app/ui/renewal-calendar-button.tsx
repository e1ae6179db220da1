// Downloads the renewals shown as an .ics: one event per entry on the day it runs out, with a
// reminder on its order-by date (the engine's renewalListCalendar).
import { useState } from 'react';
import { renewalListCalendar, type Plan, type RenewalEntry } from '../../engine/index';
import { renewalsFileName, type RenewalFilter } from './display/renewal-list';
import { downloadText } from '../persistence/download-file';

export function RenewalCalendarButton({ plan, rows, filter, title }: { plan: Plan; rows: readonly RenewalEntry[]; filter: RenewalFilter; title: string }) {
  const [saved, setSaved] = useState('');
  return (
    <div className="field-row">
      <button
        type="button"
        disabled={rows.length === 0}
        onClick={() => {
          const name = renewalsFileName(plan.name, filter);
          downloadText(name, renewalListCalendar(plan, rows, { title }), 'text/calendar;charset=utf-8');
          setSaved(`Saved ${name}: ${rows.length} calendar ${rows.length === 1 ? 'entry' : 'entries'}, with a reminder on each order-by date.`);
        }}
      >
        Download renewal calendar (.ics)
      </button>
      <span className="muted hint" role="status">
        {saved}
      </span>
    </div>
  );
}
