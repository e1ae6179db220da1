import { exportPlanFile } from '../persistence/export-plan-file';
import { planStore, usePlanStore, type Notice } from '../store/plan-store';
import { ConflictBanner } from './conflict-banner';

const ACTIONS: Record<NonNullable<Notice['action']>, { label: string; run: () => void }> = {
  'export-plan': { label: 'Export the plan', run: () => exportPlanFile(planStore().getState().plan) },
};

/** Import, share-link and storage messages: errors are announced, info is polite. */
export function NoticeBanner() {
  const notice = usePlanStore((s) => s.notice);
  const dismiss = usePlanStore((s) => s.showNotice);
  const action = notice?.action === undefined ? undefined : ACTIONS[notice.action];
  return (
    <>
      <ConflictBanner />
      {notice !== null && (
        <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <div>
            <strong>{notice.title}</strong>
            {notice.messages.length > 0 && (
              <ul>
                {notice.messages.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="button-group">
            {action !== undefined && (
              <button type="button" onClick={action.run}>
                {action.label}
              </button>
            )}
            <button type="button" className="ghost" onClick={() => dismiss(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </>
  );
}
