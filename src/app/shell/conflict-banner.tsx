// Another tab saved a newer version of the open plan: this tab stopped saving it and asks what
// to keep. No dismiss button: the tab writes nothing to that plan until the user chooses.
import { usePlanStore } from '../store/plan-store';

export function ConflictBanner() {
  const conflict = usePlanStore((s) => s.conflict);
  const resolve = usePlanStore((s) => s.resolveConflict);
  if (conflict === null) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="conflict">
      <div>
        <strong>This plan was changed in another tab</strong>
        <p className="muted">Your edits in this tab are not saved over it. Load the other tab’s version (undo brings yours back), or keep yours as a separate copy.</p>
      </div>
      <div className="button-group" role="group" aria-label="Resolve the conflict">
        <button type="button" onClick={() => resolve('load-theirs')}>
          Load theirs
        </button>
        <button type="button" onClick={() => resolve('keep-mine-as-copy')}>
          Keep mine as a copy
        </button>
      </div>
    </div>
  );
}
