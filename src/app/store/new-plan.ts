// Fresh plans and units. Shapes follow plan format v1 (../shared/spec/plan-format.md).
import type { ModelId, PakModelId, PakUnit, Plan, SmartModelId, SmartUnit, Unit } from '../../engine/index';
import { PLAN_FORMAT } from '../persistence/plan-format';
import { todayIso } from '../ui/display/dates';
import { findModel, tierIds } from '../ui/display/model-info';

export const DEFAULT_MODEL: ModelId = 'asa-5506-x';

export function newPakUnit(id: string, model: PakModelId): PakUnit {
  const m = findModel(model);
  const tier = m === undefined ? 'base' : (tierIds(m)[0] ?? 'base');
  return { id, model, permanent: { tier, features: {} }, timeBased: [] };
}

export function newSmartUnit(id: string, model: SmartModelId): SmartUnit {
  return {
    id,
    model,
    smart: {
      method: 'regular',
      registeredDay: 0,
      exportControlled: false,
      entitlements: { standard: true, contexts: 0, carrier: false, 'security-plus': false, 'strong-encryption': false },
    },
  };
}

export function newUnit(id: string, model: ModelId): Unit {
  return findModel(model)?.licensing === 'smart' ? newSmartUnit(id, model as SmartModelId) : newPakUnit(id, model as PakModelId);
}

export function newPlan(startDate: string = todayIso(), name = 'Untitled plan'): Plan {
  return {
    format: PLAN_FORMAT,
    name,
    startDate,
    horizonDays: 1095,
    deployment: { mode: 'standalone', contextMode: 'single', units: [newUnit('fw-a', DEFAULT_MODEL)] },
    events: [],
  };
}

/** The first of fw-a, fw-b, … (then fw-27, …) not already taken. */
export function freeId(taken: Iterable<string>, prefix: string, letters = true): string {
  const used = new Set(taken);
  if (letters) {
    for (let i = 0; i < 26; i++) {
      const id = `${prefix}${String.fromCharCode(97 + i)}`;
      if (!used.has(id)) return id;
    }
  }
  for (let n = letters ? 27 : 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!used.has(id)) return id;
  }
}
