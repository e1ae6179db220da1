// Power-offs of one unit may not overlap or nest. A unit is either running or shut down, and the
// timer of an active time-based key counts only while the ASA runs (000 §"How the Time-Based
// License Timer Works"; on 8.x it counts on while shut down, 004). Two overlapping power-offs
// are no sequence a unit can go through: the simulation ended the outage at the first power-on
// and counted days the unit was still off (issue 25). The planner refuses them, naming both
// events, rather than guess which one the user meant; one power-off covering both is the fix.
import type { Issue } from '../types';
import type { Plan } from './schema';

const CITE = '000 §"How the Time-Based License Timer Works"; plan-format.md §"Events"';

export function overlappingPowerOffs(plan: Plan): Issue[] {
  const byUnit = new Map<string, { day: number; end: number; i: number }[]>();
  plan.events.forEach((event, i) => {
    if (event.type !== 'power-off') return;
    const list = byUnit.get(event.unit) ?? [];
    list.push({ day: event.day, end: event.day + event.days, i });
    byUnit.set(event.unit, list);
  });
  const issues: Issue[] = [];
  for (const [unit, list] of byUnit) {
    list.sort((a, b) => a.day - b.day || a.i - b.i);
    let open = list[0];
    for (const next of list.slice(1)) {
      if (open === undefined) break;
      if (next.day < open.end) {
        const path = `events[${next.i}].day`;
        const nested = next.end <= open.end ? 'lies inside' : 'overlaps';
        issues.push({
          severity: 'error',
          code: 'power-off-overlap',
          message: `${path}: the power-off of "${unit}" on day ${next.day} (events[${next.i}], until day ${next.end}) ${nested} the power-off on day ${open.day} (events[${open.i}], until day ${open.end}); a unit that is off cannot be powered off again: make them one power-off from day ${open.day} to day ${Math.max(open.end, next.end)}`,
          path,
          cite: CITE,
        });
      }
      if (next.end > open.end) open = next;
    }
  }
  return issues;
}
