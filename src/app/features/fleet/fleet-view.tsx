// The Fleet page (?view=fleet): bulk import, the saved fleets, the fleet table, the fleet's renewals and refresh.
// A lazily loaded chunk; the engine work runs in a Web Worker with a progress bar.
import { useCallback, useEffect } from 'react';
import { navigate } from '../../ui/use-route';
import { usePlanStore } from '../../store/plan-store';
import { FleetDevices } from './fleet-devices';
import { startFleetAutosave } from './fleet-autosave';
import { FleetImportPanel } from './fleet-import-panel';
import { FleetSavedList } from './fleet-saved-list';
import { FleetRefreshCard } from './fleet-refresh-card';
import { FleetRenewalsCard } from './fleet-renewals-card';
import { useFleetStore } from './fleet-store';
import { FleetTable } from './fleet-table';
import './fleet.css';

function FleetProgress() {
  const job = useFleetStore((s) => s.job);
  if (!job) return null;
  return (
    <div className="card fleet-progress" role="status" data-testid="fleet-progress">
      {job.label}: {job.done} of {job.total}
      <progress max={Math.max(1, job.total)} value={job.done} aria-label={job.label} />
    </div>
  );
}

export default function FleetView() {
  const plans = useFleetStore((s) => s.plans);
  const devices = useFleetStore((s) => s.devices);
  const evaluation = useFleetStore((s) => s.evaluation);
  const refresh = useFleetStore((s) => s.refresh);
  // The job's progress is drawn by FleetProgress alone: a progress message re-renders the bar, not the tables.
  const busy = useFleetStore((s) => s.job !== null);
  const messages = useFleetStore((s) => s.messages);
  const name = useFleetStore((s) => s.name);
  const asOfDate = useFleetStore((s) => s.asOfDate);
  const dispatch = usePlanStore((s) => s.dispatch);
  useEffect(startFleetAutosave, []);

  const onOpen = useCallback(
    (index: number) => {
      const plan = useFleetStore.getState().plans[index];
      if (!plan) return;
      const rejected = dispatch({ type: 'replace-plan', plan });
      if (rejected.length > 0) return useFleetStore.setState({ messages: [`${plan.name} could not be opened:`, ...rejected] });
      navigate('plan');
    },
    [dispatch],
  );
  const onSite = useCallback((index: number, site: string) => void useFleetStore.getState().setSite(index, site), []);
  const pakCount = evaluation?.rows.filter((r) => r.licensing === 'PAK').length ?? 0;

  return (
    <div className="fleet-page">
      <FleetImportPanel />
      <FleetProgress />
      {messages.length > 0 && (
        <div role="alert" className="card field-error">
          {messages.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </div>
      )}
      <FleetSavedList />
      <FleetDevices devices={devices} />
      {evaluation && plans.length > 0 && (
        <>
          <section className="card" aria-labelledby="fleet-table-h">
            <h2 id="fleet-table-h">Deployments</h2>
            <p className="muted">
              Running values and issues as of {asOfDate}, from the engine. The name opens the deployment as the plan (Undo brings the current plan back); the site is a free-text tag saved in the plan.
            </p>
            <FleetTable rows={evaluation.rows} onOpen={onOpen} onSite={onSite} />
          </section>
          <FleetRenewalsCard renewals={evaluation.renewals} fleetName={name} />
          <FleetRefreshCard refresh={refresh} pakCount={pakCount} busy={busy} onCompute={() => void useFleetStore.getState().computeRefresh()} />
        </>
      )}
    </div>
  );
}
