// Exports the running license exactly as the table shows it (the rows it shows, in its order).
import { dayToDate } from '../../ui/display/dates';
import { downloadText } from '../../persistence/download-file';
import { licenseCsv, licenseCsvFileName } from './license-csv';
import type { LicenseRow } from '../../ui/display/license-rows';
import { planStore } from '../../store/plan-store';

interface Props {
  /** The table's rows after its filters and sorting. */
  rows: readonly LicenseRow[];
  unitIds: readonly string[];
  asOfDay: number;
}

export function CsvExportButton({ rows, unitIds, asOfDay }: Props) {
  return (
    <button
      type="button"
      onClick={() => {
        const { plan } = planStore().getState();
        const asOfDate = dayToDate(plan.startDate, asOfDay);
        // A byte-order mark so spreadsheets read the file as UTF-8 (§, —, “ ”).
        downloadText(licenseCsvFileName(plan.name, asOfDate), `\uFEFF${licenseCsv(rows, unitIds, { planName: plan.name, asOfDate })}`, 'text/csv;charset=utf-8');
      }}
      disabled={rows.length === 0}
      aria-describedby="csv-hint"
    >
      Export CSV
    </button>
  );
}
