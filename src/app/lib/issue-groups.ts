// The issues panel's order: errors, then warnings, then notes, each in the engine's order. A code
// that comes back many times (a cluster's renewal notes: one per lapse, well over a hundred) shows
// its first few and folds the rest right after them, so the panel stays readable.
import type { Issue, Severity } from '../../engine/index';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
/** A code with more issues than this shows SHOWN_PER_CODE of them and folds the rest. */
export const FOLD_OVER = 5;
export const SHOWN_PER_CODE = 3;

export type IssueEntry = { kind: 'issue'; issue: Issue } | { kind: 'fold'; code: string; severity: Severity; issues: Issue[] };

export function issueEntries(issues: readonly Issue[]): IssueEntry[] {
  const sorted = [...issues].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const byCode = new Map<string, Issue[]>();
  for (const issue of sorted) {
    const key = `${issue.severity}|${issue.code}`;
    const list = byCode.get(key);
    if (list === undefined) byCode.set(key, [issue]);
    else list.push(issue);
  }
  const seen = new Map<string, number>();
  const out: IssueEntry[] = [];
  for (const issue of sorted) {
    const key = `${issue.severity}|${issue.code}`;
    const all = byCode.get(key)!;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (all.length <= FOLD_OVER || n < SHOWN_PER_CODE) out.push({ kind: 'issue', issue });
    else if (n === SHOWN_PER_CODE) out.push({ kind: 'fold', code: issue.code, severity: issue.severity, issues: all.slice(SHOWN_PER_CODE) });
  }
  return out;
}
