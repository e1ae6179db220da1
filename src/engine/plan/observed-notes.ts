// Plan format extension `observed` (device-text import, issue 24 item 11): values a device printed
// that the documents' tables do not give. They change no license figure; the evaluation repeats
// each one as an info issue with its note and the table's citation.
import { FEATURES } from '../catalog/features';
import type { Plan } from './schema';
import type { Issue } from '../types';

const show = (v: number | boolean | string): string => (v === true ? 'Enabled' : v === false ? 'Disabled' : String(v));

export function observedNotes(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  plan.deployment.units.forEach((unit, u) => {
    (unit.observed ?? []).forEach((o, i) => {
      issues.push({
        severity: 'info',
        code: 'observed-value-kept',
        message: `${unit.id}: the device printed ${FEATURES[o.feature].label} ${show(o.value)}${o.line !== undefined ? ` (line ${o.line})` : ''} — ${o.note}`,
        path: `deployment.units[${u}].observed[${i}]`,
        unit: unit.id,
        feature: o.feature,
        ...(o.cite ? { cite: o.cite } : {}),
      });
    });
  });
  return issues;
}
