// Activating and deactivating a time-based key: the "activate" and "deactivate" actions, and the
// activation an install or an expiry asks for. The rules: rules/key-activation.ts.
import type { FeatureId } from '../types';
import {
  ACTIVATE_CITE,
  ACTIVATION_CITE,
  activatedWords,
  activeKeyFor,
  blockedIssueWords,
  blockedWords,
  blockingEvaluation,
  deactivatedWords,
  ONE_ACTIVE_KEY_CITE,
  replacedBefore83Words,
  replacedWords,
  TIMER_HALTS_CITE,
} from '../rules/key-activation';
import { autoActivatedWords, EXPIRATION_CITE } from '../rules/expiry-fallback';
import type { ActivationAction } from './sim-schedule';
import type { SimState } from './sim-state';
import type { SimKey } from './sim-types';

const keyPath = (k: SimKey): string => `deployment.units[${k.unitPlanIndex}].timeBased[${k.order}]`;

/**
 * Makes `key` its unit's active key for its features, deactivating the keys it replaces, unless an
 * active multi-feature evaluation key blocks it (then false). `source` names the plan entry that
 * asked (an event's path, or the key being installed), for the issue if activation is blocked; null
 * for an automatic activation.
 */
export function activate(s: SimState, key: SimKey, day: number, how: 'installed' | 'activated' | 'auto-activated', source: string | SimKey | null): boolean {
  const unit = s.units[key.unitIndex]!;
  const blocker = blockingEvaluation(unit.activeKeys, key);
  if (blocker) {
    s.record.emit({ day, date: s.dateOf(day), type: 'activation-blocked', unit: unit.id, key: key.id, message: blockedWords(key, blocker), cite: ACTIVATION_CITE });
    if (source !== null) {
      const path = typeof source === 'string' ? source : keyPath(source);
      s.record.issue({
        severity: 'error',
        code: 'evaluation-key-blocks-activation',
        message: blockedIssueWords(path, key, blocker, day),
        path,
        unit: unit.id,
        key: key.id,
        day,
        cite: ACTIVATION_CITE,
      });
    }
    return false;
  }
  if (unit.oneActiveKey) {
    for (const other of unit.activeKeys.slice()) {
      if (other === key) continue;
      s.setActive(other, false);
      s.record.emit({ day, date: s.dateOf(day), type: 'replaced', unit: unit.id, key: other.id, message: replacedBefore83Words(other, key), cite: ONE_ACTIVE_KEY_CITE });
    }
  }
  for (const f of key.featureIds) {
    const current = activeKeyFor(unit.activeKeys, f, key);
    if (current) {
      s.setActive(current, false);
      s.record.emit({ day, date: s.dateOf(day), type: 'replaced', unit: unit.id, key: current.id, feature: f as FeatureId, message: replacedWords(current, key, f), cite: ACTIVATE_CITE });
    }
  }
  s.setActive(key, true);
  if (how !== 'installed') {
    const auto = how === 'auto-activated';
    s.record.emit({ day, date: s.dateOf(day), type: how, unit: unit.id, key: key.id, message: auto ? autoActivatedWords(key.id) : activatedWords(key), cite: auto ? EXPIRATION_CITE : ACTIVATE_CITE });
  }
  return true;
}

/** An "activate" or "deactivate" event of the plan. */
export function handleActivation(s: SimState, a: ActivationAction, day: number): void {
  const unit = s.units[a.unit]!;
  const key = s.resolveKey(unit, a.keyId);
  if (!key || !key.installed) return;
  if (key.expired) {
    s.record.issue({
      severity: 'warning',
      code: 'event-key-expired',
      message: `${a.path}: key "${a.keyId}" has already expired on day ${key.expiredDay}; the ${a.kind} event does nothing`,
      path: a.path,
      unit: unit.id,
      key: key.id,
      day,
      cite: EXPIRATION_CITE,
    });
    return;
  }
  if (a.kind === 'activate') {
    if (!key.active) activate(s, key, day, 'activated', a.path);
  } else if (key.active) {
    s.setActive(key, false);
    s.record.emit({ day, date: s.dateOf(day), type: 'deactivated', unit: unit.id, key: key.id, message: deactivatedWords(key), cite: TIMER_HALTS_CITE });
  }
}
