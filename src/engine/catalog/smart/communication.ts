// 001 §"Smart Software Manager Communication" and the registration token dialog.
import { CITE } from './cites';

export const SMART_COMMUNICATION = {
  /** "The device communicates with the Smart Software Manager every 30 days." */
  authorizationRenewalDays: 30,
  /** "With the grace period, your device will stay compliant for up to 90 days without calling home." */
  callHomeGraceDays: 90,
  /** "This certificate is valid for 1 year, although it will be renewed every 6 months." */
  idCertificateValidDays: 365,
  idCertificateRenewalMonths: 6,
  /** Six months counted as days, for comparisons with plan durations. */
  idCertificateRenewalDays: 182,
  /** "This token is valid for 30 days by default." */
  tokenDefaultDays: 30,
  /** "Enter the value between 1 and 365, but Cisco recommends a maximum of 30 days." */
  tokenMinDays: 1,
  tokenMaxDays: 365,
  tokenRecommendedMaxDays: 30,
  cite: {
    periodic: CITE.periodic,
    registration: CITE.registration,
    token: CITE.configureAsav,
    renew: `${CITE.renewAsav}; ${CITE.renewHardware}`,
    outOfCompliance: CITE.outOfCompliance,
  },
} as const;
