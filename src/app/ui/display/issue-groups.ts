// The issues panel's entries: one per rule (severity and code), listing the units and fields it
// affects, errors first, then warnings, then notes, each in the engine's order. A rule whose issues
// say the same thing of each unit reads once; one whose issues differ (a cluster's renewal notes,
// one per lapse) lists each line, the first few shown and the rest folded. Built from the engine's
// issues and the app's labels (plain-issue-text.ts): no rule is worked out here.
import type { Issue, Plan, Severity } from '../../../engine/index';
import { fieldName } from '../input/field-labels';
import { issueTarget } from './focus-path';
import { actionFor, listWords, plainText } from './plain-issue-text';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
/** An entry with more differing lines than this shows SHOWN_PER_CODE of them and folds the rest. */
export const FOLD_OVER = 5;
export const SHOWN_PER_CODE = 3;

/** A place an entry affects: the unit and field by label, and the path a link focuses. */
export interface IssuePlace {
  label: string;
  target?: string;
  unit?: string;
  field?: string;
}

/** One line of an entry whose issues differ from unit to unit. */
export interface IssueLine {
  place?: IssuePlace;
  text: string;
}

export interface IssueEntry {
  severity: Severity;
  code: string;
  /** What the rule says, once for every unit listed (absent when the lines differ: see `lines`). */
  text?: string;
  lines: IssueLine[];
  places: IssuePlace[];
  action: string;
  cite?: string;
  /** For the details line (command line, exports): each issue's path, in the entry's order. */
  paths: string[];
  count: number;
}

/** Where an issue points, by label: its path, else its unit (and the unit's permanent feature it names). */
function placeOf(issue: Issue, plan: Plan): IssuePlace | undefined {
  let target = issueTarget(issue, plan);
  if (target !== undefined && issue.path === undefined && issue.feature !== undefined && issue.key === undefined && /^deployment\.units\[\d+\]$/.test(target)) {
    const unit = plan.deployment.units[Number(/\d+/.exec(target)![0])];
    if (unit !== undefined && 'permanent' in unit) target = `${target}.permanent.features.${issue.feature}`;
  }
  const name = fieldName(plan, target);
  if (name.text !== undefined)
    return { label: name.text, ...(target !== undefined ? { target } : {}), ...(name.unit !== undefined ? { unit: name.unit } : {}), ...(name.field !== undefined ? { field: name.field } : {}) };
  return issue.unit !== undefined ? { label: issue.unit, unit: issue.unit, ...(target !== undefined ? { target } : {}) } : undefined;
}

/** The field every place names, when they all name one field on different units ("Encryption" on fw-b and fw-c). */
export function sharedField(places: readonly IssuePlace[]): string | undefined {
  const field = places[0]?.field;
  return places.length > 1 && field !== undefined && places.every((p) => p.field === field && p.unit !== undefined) ? field : undefined;
}

export function issueEntries(issues: readonly Issue[], plan: Plan): IssueEntry[] {
  const groups = new Map<string, Issue[]>();
  for (const severity of SEVERITY_ORDER) {
    for (const issue of issues) {
      if (issue.severity !== severity) continue;
      const key = `${severity}|${issue.code}`;
      const list = groups.get(key);
      if (list === undefined) groups.set(key, [issue]);
      else list.push(issue);
    }
  }
  const primary = plan.deployment.units[0]?.id;
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const lines: IssueLine[] = [];
    const places: IssuePlace[] = [];
    const seen = new Set<string>();
    const texts = new Set<string>();
    for (const issue of group) {
      const place = placeOf(issue, plan);
      const text = plainText(issue, plan);
      texts.add(text);
      lines.push({ ...(place ? { place } : {}), text });
      if (place && !seen.has(place.label)) {
        seen.add(place.label);
        places.push(place);
      }
    }
    const units = [...new Set(group.map((i) => i.unit).filter((u): u is string => u !== undefined))];
    const field = fieldName(plan, issueTarget(first, plan)).field;
    const cites = [...new Set(group.map((i) => i.cite).filter((c): c is string => c !== undefined))];
    return {
      severity: first.severity,
      code: first.code,
      ...(texts.size === 1 ? { text: [...texts][0]! } : {}),
      lines,
      places,
      action: actionFor(first.code, first.severity, { units: listWords(units), ...(field !== undefined ? { field } : {}), ...(primary !== undefined ? { primary } : {}) }),
      ...(cites.length > 0 ? { cite: cites.join('; ') } : {}),
      paths: [...new Set(group.map((i) => i.path).filter((p): p is string => p !== undefined))],
      count: group.length,
    };
  });
}
