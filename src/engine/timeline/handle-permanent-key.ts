// A later permanent key replaces the unit's installed one from its day (rules/permanent-license.ts);
// time-based keys are not affected.
import { NEW_PERMANENT_KEY_CITE, newPermanentKeyWords, permanentLicense } from '../rules/permanent-license';
import type { PermanentKeyAction } from './sim-schedule';
import type { SimState } from './sim-state';

export function handlePermanentKey(s: SimState, a: PermanentKeyAction, day: number): void {
  const unit = s.units[a.unit]!;
  unit.tier = a.tier;
  unit.permanent = permanentLicense(unit.model, a.tier, a.features);
  unit.dirty = true;
  unit.permanentChanged = true;
  s.record.emit({ day, date: s.dateOf(day), type: 'permanent-key', unit: unit.id, message: newPermanentKeyWords(a.tier.name), cite: NEW_PERMANENT_KEY_CITE });
}
