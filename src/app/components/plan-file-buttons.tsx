// Export the plan as JSON, import one: the engine validates imports and a bad file changes nothing.
import { exportFileName, planToJson } from '../lib/plan-io';
import { planStore, usePlanStore } from '../store/plan-store';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function PlanFileButtons() {
  const importPlanText = usePlanStore((s) => s.importPlanText);
  return (
    <div className="button-group" role="group" aria-label="Plan file">
      <button
        type="button"
        onClick={() => {
          const plan = planStore().getState().plan;
          download(exportFileName(plan), planToJson(plan));
        }}
      >
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
            const text = await file.text();
            importPlanText(text, `“${file.name}”`);
            input.value = '';
          }}
        />
      </label>
    </div>
  );
}
