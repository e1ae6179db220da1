// Bridges the Smart Licensing engine (src/engine/smart) into the plan analysis.
import type { SmartCombine } from './analyze-plan';
import { isPakModelId } from './catalog/lookup';
import type { Plan } from './plan/schema';
import type { Issue } from './types';
import type { LicenseStretch, UnitEvent } from './unit-timeline';

export interface SmartAnalysis {
  issues: Issue[];
  unitStretches: Record<string, LicenseStretch[]>;
  events: UnitEvent[];
  combine: SmartCombine;
}

export function analyzeSmartUnits(plan: Plan): SmartAnalysis {
  const issues: Issue[] = [];
  plan.deployment.units.forEach((unit, index) => {
    if (isPakModelId(unit.model)) return;
    issues.push({ severity: 'error', code: 'smart-not-evaluated', message: `deployment.units[${index}].model: Smart-licensed models are not evaluated yet`, path: `deployment.units[${index}].model`, unit: unit.id });
  });
  return { issues, unitStretches: {}, events: [], combine: null };
}
