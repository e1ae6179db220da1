// Which units differ where the rules require every unit of a pair or cluster to match. The rule is
// the engine's: its issues name the unit that differs from the primary/control unit
// (units-need-same-…, 000 §"Failover License Requirements and Exceptions"; smart-same-…, the Smart
// pair/cluster rules of engine/smart/shared-requirements.ts, cited there). We only group them by unit.
import type { Issue } from '../../../engine/index';

const MUST_MATCH = /^(units-need-same-|smart-same-)/;

/** The engine's "must match" issues, by the id of the unit they name. */
export function mismatchesByUnit(issues: readonly Issue[]): ReadonlyMap<string, Issue[]> {
  const byUnit = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (issue.unit === undefined || !MUST_MATCH.test(issue.code)) continue;
    byUnit.set(issue.unit, [...(byUnit.get(issue.unit) ?? []), issue]);
  }
  return byUnit;
}
