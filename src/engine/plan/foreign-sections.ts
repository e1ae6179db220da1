// A unit's sections must belong to its licensing: a PAK unit has `permanent` and `timeBased`
// (plan-format.md §"Unit, PAK-licensed model"), a Smart unit has `smart` and the ASAv fields
// (§"Unit, Smart-licensed model"). The schema would silently drop the other kind's sections
// (time-based keys on a Smart unit vanished with valid: true), so they are refused, by path.
import type { Issue } from '../types';
import { PAK_MODEL_IDS, SMART_MODEL_IDS } from '../types';

const PAK_SPEC = 'plan-format.md §"Unit, PAK-licensed model"';
const SMART_SPEC = 'plan-format.md §"Unit, Smart-licensed model"';
const PAK_ONLY = ['permanent', 'timeBased', 'partSuffix', 'noPayloadEncryption'] as const;
const SMART_ONLY = ['smart', 'memoryGB', 'vcpus', 'hypervisor'] as const;
const pakModels = new Set<string>(PAK_MODEL_IDS);
const smartModels = new Set<string>(SMART_MODEL_IDS);

/** Errors for sections of the other licensing on each unit of a raw (unparsed) plan. */
export function foreignSections(input: unknown): Issue[] {
  const units = (input as { deployment?: { units?: unknown } } | null)?.deployment?.units;
  if (!Array.isArray(units)) return [];
  const issues: Issue[] = [];
  for (let i = 0; i < units.length && issues.length < 50; i++) {
    const unit = units[i] as Record<string, unknown> | null;
    if (typeof unit !== 'object' || unit === null || typeof unit.model !== 'string') continue;
    const smart = smartModels.has(unit.model);
    if (!smart && !pakModels.has(unit.model)) continue;
    for (const field of smart ? PAK_ONLY : SMART_ONLY) {
      if (!Object.hasOwn(unit, field)) continue;
      const path = `deployment.units[${i}].${field}`;
      const message = smart
        ? `${path}: "${unit.model}" is Smart-licensed; "${field}" belongs to PAK-licensed units (remove it, or pick a PAK model)`
        : `${path}: "${unit.model}" is PAK-licensed; "${field}" belongs to Smart-licensed units (remove it, or pick a Smart model)`;
      issues.push({ severity: 'error', code: 'unit-foreign-section', message, path, cite: smart ? SMART_SPEC : PAK_SPEC });
    }
  }
  return issues;
}
