// Moves focus to the form field named by an issue's JSON path (`deployment.units[1].timeBased[0].days`).
// Fields carry `data-path`; when the exact field is not on screen, the nearest enclosing one is used.
import type { Issue, Plan } from '../../../engine/index';

/** The unit index a path points into, if any. */
export function unitIndexOf(path: string): number | undefined {
  const m = /^deployment\.units\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** The path and its ancestors, longest first: a.b[1].c → a.b[1].c, a.b[1], a.b, a. */
export function pathAncestors(path: string): string[] {
  const out: string[] = [];
  let p = path;
  while (p !== '') {
    out.push(p);
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
  return out;
}

/** Where an issue points: its path, or else the unit (and key) it names. */
export function issueTarget(issue: Pick<Issue, 'path' | 'unit' | 'key'>, plan: Plan): string | undefined {
  if (issue.path !== undefined && issue.path !== '') return issue.path;
  if (issue.unit === undefined) return undefined;
  const index = plan.deployment.units.findIndex((u) => u.id === issue.unit);
  if (index < 0) return undefined;
  const unit = plan.deployment.units[index];
  const keyIndex = issue.key !== undefined && unit !== undefined && 'timeBased' in unit ? unit.timeBased.findIndex((k) => k.id === issue.key) : -1;
  return keyIndex >= 0 ? `deployment.units[${index}].timeBased[${keyIndex}]` : `deployment.units[${index}]`;
}

const CONTROL = 'input:not([type=hidden]), select, textarea';
const FOCUSABLE = `${CONTROL}, button, [tabindex]`;

export function focusPath(path: string, root: ParentNode = document): boolean {
  for (const p of pathAncestors(path)) {
    const el = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (el === null) continue;
    // A field inside a closed disclosure cannot take focus: open the disclosures around it.
    for (let d = el.closest('details:not([open])'); d !== null; d = d.parentElement?.closest('details:not([open])') ?? null) (d as HTMLDetailsElement).open = true;
    // The field's own control before any button beside its label (a citation tip).
    const target = el.matches(FOCUSABLE) ? el : (el.querySelector<HTMLElement>(CONTROL) ?? el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
    if (!target.matches(FOCUSABLE)) target.tabIndex = -1;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    el.classList.add('flash');
    window.setTimeout(() => el.classList.remove('flash'), 1600);
    return true;
  }
  return false;
}
