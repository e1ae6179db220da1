// Export the plan as JSON, import one: the file's size is checked before reading it, the engine
// validates what is read, and a bad file changes nothing.
import { exportPlanFile } from '../persistence/export-plan-file';
import { loadEngine } from '../engine-loader/engine-runtime';
import { readImportFile } from '../persistence/import-file';
import { planStore, usePlanStore } from '../store/plan-store';

export function PlanFileButtons() {
  const importPlanText = usePlanStore((s) => s.importPlanText);
  const showNotice = usePlanStore((s) => s.showNotice);
  return (
    <div className="button-group" role="group" aria-label="Plan file">
      <button type="button" onClick={() => exportPlanFile(planStore().getState().plan)}>
        Export JSON
      </button>
      <label className="button file-button">
        Import JSON
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          data-testid="import-file"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file === undefined) return;
            input.value = '';
            const read = await readImportFile(file);
            if (!read.ok) return showNotice({ kind: 'error', title: read.title, messages: read.messages });
            // A file chosen while the engine is still loading (just after the page opened) waits for it.
            try {
              await loadEngine();
            } catch {
              return showNotice({
                kind: 'error',
                title: read.source + ' was not imported; your current plan is unchanged',
                messages: ['The license engine could not load. Reload the page and import the file again.'],
              });
            }
            importPlanText(read.text, read.source);
          }}
        />
      </label>
    </div>
  );
}
