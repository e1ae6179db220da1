// Powering a unit off and on: whether its active keys keep counting depends on its software
// (rules/timer-rule.ts: 9.x stops, 8.x keeps counting).
import { powerOffWords } from '../rules/timer-rule';
import { ALL_FEATURES, type SimState } from './sim-state';
import type { PowerAction } from './sim-schedule';

export function handlePower(s: SimState, a: PowerAction, day: number): void {
  const unit = s.units[a.unit]!;
  const off = a.kind === 'power-off';
  unit.poweredOff = off;
  unit.dirty = true;
  // A unit's power can change every shared countdown's lead.
  s.leadsDirty = ALL_FEATURES;
  s.touchUnit(unit);
  s.record.emit({ day, date: s.dateOf(day), type: a.kind, unit: unit.id, message: off ? powerOffWords(a.days, unit.countsWhileOff) : 'Unit powered on', cite: unit.timerCite });
}
