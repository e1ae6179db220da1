// The choices of the "show version" view: one per unit, and the combined license of a pair or
// cluster; each maps to renderShowVersion's options.
import type { Plan } from '../../../engine/index';
import type { RenderOptions } from '../../../engine/device-text/index';

export interface ShowVersionChoice {
  /** The select's value: a unit id, or COMBINED. */
  value: string;
  label: string;
  options: RenderOptions;
}

export const COMBINED = '\u0000combined';

const ROLE: Record<Plan['deployment']['mode'], (i: number) => string> = {
  standalone: () => '',
  failover: (i) => (i === 0 ? 'primary' : 'secondary'),
  cluster: (i) => (i === 0 ? 'control' : 'data'),
};

export function showVersionChoices(plan: Plan): ShowVersionChoice[] {
  const { mode, units } = plan.deployment;
  const choices = units.map((u, i): ShowVersionChoice => {
    const role = ROLE[mode](i);
    return { value: u.id, label: role ? `${u.id} (${role})` : u.id, options: { unit: u.id } };
  });
  if (units.length > 1) choices.push({ value: COMBINED, label: mode === 'failover' ? 'Combined license of the failover pair' : 'Combined license of the cluster', options: { combined: true } });
  return choices;
}

/** The choice for a value; falls back to the unit at `selectedUnit` (the unit tab), then the first. */
export function pickChoice(choices: readonly ShowVersionChoice[], value: string | null, selectedUnit: number): ShowVersionChoice | undefined {
  return choices.find((c) => c.value === value) ?? choices.filter((c) => c.value !== COMBINED)[selectedUnit] ?? choices[0];
}
