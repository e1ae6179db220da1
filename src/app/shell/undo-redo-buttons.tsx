import { useHistory, usePlanStore } from '../store/plan-store';

export function UndoRedoButtons() {
  const { canUndo, canRedo } = useHistory();
  const undo = usePlanStore((s) => s.undo);
  const redo = usePlanStore((s) => s.redo);
  return (
    <div className="button-group" role="group" aria-label="History">
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </div>
  );
}
