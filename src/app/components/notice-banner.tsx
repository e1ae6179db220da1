import { usePlanStore } from '../store/plan-store';

/** Import, share-link and storage messages: errors are announced, info is polite. */
export function NoticeBanner() {
  const notice = usePlanStore((s) => s.notice);
  const dismiss = usePlanStore((s) => s.showNotice);
  if (notice === null) return null;
  return (
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
      <button type="button" className="ghost" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  );
}
