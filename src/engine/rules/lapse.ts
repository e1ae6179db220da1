// A drop of the running license that something running out causes (a time-based key's expiry, or a
// subscription term's end), with the day to order its renewal by. Its own file so that the rules that
// find lapses (renewal-warnings.ts) and those that word them (lapse-causes.ts) do not import each other.
import type { FeatureId, FeatureValue } from '../types';

export interface Lapse {
  feature: FeatureId;
  day: number;
  from: FeatureValue;
  to: FeatureValue;
  /** The keys whose expiry on that day caused the drop. */
  keys: string[];
  /** The feature exists only as a time-based license (Botnet Traffic Filter): it switches off. */
  timeBasedOnly: boolean;
  orderByDay: number;
  /** Every key that caused it is an evaluation key (rules/lapse-causes.ts). */
  evaluation?: boolean;
  /** A subscription term's end (Secure Client Plus/Apex term, ASAv100 subscription) rather than a key's expiry (rules/subscription-renewals.ts). */
  subscription?: SubscriptionEnd;
}

export interface SubscriptionEnd {
  kind: 'secure-client' | 'asav';
  /** The Secure Client license id, or the ASAv unit id. */
  license: string;
  unit?: string;
  /** What to order: the renewal SKU (Secure Client) or the subscription PID (ASAv100). */
  pid: string;
  termMonths: number;
  /** A later license that takes over on or before the end day (Secure Client), else null. */
  renewedBy: string | null;
  cite: string;
}
