// 000 §"How Failover or ASA Cluster Licenses Combine": "You have two ASA 5545-X ASAs, one with 20
// contexts and the other with 10 contexts; the combined license allows 30 contexts. For
// Active/Active failover, the contexts are divided between the two units. One unit can use 18
// contexts and the other unit can use 12 contexts, for example, for a total of 30."
import type { Plan } from '../plan/schema';
import type { Issue, License } from '../types';

const CITE = '000 §"How Failover or ASA Cluster Licenses Combine"';
/** The document's example split: 18 of 30 contexts on one unit. */
export const EXAMPLE_SHARE = 0.6;

/** An Active/Active pair in multiple context mode divides its combined contexts between the two units: a note with the document's example split. */
export function activeActiveContextsDivided(plan: Plan, combined: License | undefined): Issue[] {
  const { mode, failover, contextMode } = plan.deployment;
  if (mode !== 'failover' || failover !== 'active-active' || contextMode !== 'multiple') return [];
  const contexts = combined?.['security-contexts'];
  if (typeof contexts !== 'number') return [];
  const one = Math.ceil(contexts * EXAMPLE_SHARE);
  return [
    {
      severity: 'info',
      code: 'active-active-contexts-divided',
      message: `Active/Active: the ${contexts} combined contexts are divided between the two units (for example ${one} on one and ${contexts - one} on the other)`,
      feature: 'security-contexts',
      cite: CITE,
    },
  ];
}
