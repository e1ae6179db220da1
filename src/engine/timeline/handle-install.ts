// Installing a time-based key: it stacks onto an identical installed key (rules/stacking.ts), or
// joins the unit's installed keys, active by default (000 §"Activate or Deactivate Keys").
import { ACTIVATE_CITE, installedWords } from '../rules/key-activation';
import { STACKING_CITE, stackedWords, stackOnto, stackTarget } from '../rules/stacking';
import { activate } from './handle-activation';
import type { InstallAction } from './sim-schedule';
import type { SimState } from './sim-state';

export function handleInstall(s: SimState, a: InstallAction, day: number): void {
  const key = a.key;
  const unit = s.units[key.unitIndex]!;
  const target = stackTarget(unit.liveKeys, key);
  if (target) {
    stackOnto(target, key);
    key.merged = target;
    key.installed = true;
    s.touch(target);
    s.record.emit({ day, date: s.dateOf(day), type: 'stacked', unit: unit.id, key: target.id, message: stackedWords(key, target), cite: STACKING_CITE });
    if (key.activeOnInstall && !target.active) activate(s, target, day, 'activated', key);
    return;
  }
  s.addLive(key);
  s.record.emit({ day, date: s.dateOf(day), type: 'installed', unit: unit.id, key: key.id, message: installedWords(key, key.activeOnInstall), cite: ACTIVATE_CITE });
  if (key.activeOnInstall && activate(s, key, day, 'installed', key)) {
    // Worded once the day's shared-countdown leads are known (shared-countdown.ts).
    key.startEvent = { day, date: s.dateOf(day), type: 'activated', unit: unit.id, key: key.id, message: '', cite: unit.timerCite };
    s.record.emit(key.startEvent);
  }
}
