// The plan file download: only the plan (format v1), never the saved-plans list, the view or the undo history.
import type { Plan } from '../../engine/index';
import { downloadText } from './download-file';
import { exportFileName, planToJson } from './plan-io';

export function exportPlanFile(plan: Plan): void {
  downloadText(exportFileName(plan), planToJson(plan), 'application/json');
}
