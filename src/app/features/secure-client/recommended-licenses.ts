// The licenses the engine's purchase recommendation names, as the plan stores them: a Plus and an
// Apex term license for the recommended users, from the term's first day for its months.
import type { PurchaseRecommendation } from '../../../engine/secure-client/index';
import type { SecureClientCommand } from '../../store/secure-client-commands';

type AddLicenses = Extract<SecureClientCommand, { type: 'sc-add-licenses' }>;

export function recommendedLicenses(rec: PurchaseRecommendation): AddLicenses['licenses'] {
  const term = { startDay: rec.startDay, termMonths: rec.termMonths };
  return [...(rec.plus === null ? [] : [{ type: 'plus' as const, users: rec.plus.users, ...term }]), ...(rec.apex === null ? [] : [{ type: 'apex' as const, users: rec.apex.users, ...term }])];
}

/** The command that applies the recommendation; null when it names nothing to buy or has an error. */
export function applyRecommendationCommand(rec: PurchaseRecommendation): AddLicenses | null {
  const licenses = recommendedLicenses(rec);
  if (licenses.length === 0 || rec.issues.some((i) => i.severity === 'error')) return null;
  return { type: 'sc-add-licenses', licenses };
}
