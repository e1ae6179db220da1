// A field's on-screen name for the Issues panel: the unit it belongs to and its label
// ("fw-b · AnyConnect Premium"), and the plan path of the nearest element that carries one.
import { planStore } from '../../store/plan-store';
import { unitPrefix } from './field-labels';

/** The label's own words: not its citation marker, hints or the field itself. */
function ownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.matches('.cite-tip, .hint, input, select, output, .field-error')) return '';
  return Array.from(node.childNodes, ownText).join('');
}

function labelText(input: HTMLInputElement): string | undefined {
  const own = input.labels?.[0] ?? input.closest('label');
  const text = (own ? ownText(own) : (input.getAttribute('aria-label') ?? '')).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

export function describeField(input: HTMLInputElement): { label: string; path?: string } {
  const path = input.closest('[data-path]')?.getAttribute('data-path') ?? undefined;
  const label = labelText(input) ?? 'A number field';
  return { label: `${unitPrefix(planStore().getState().plan, path)}${label}`, ...(path !== undefined ? { path } : {}) };
}
