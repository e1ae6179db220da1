// The reference plan of the layout and report tests (issue 21): a Firepower 2130 failover pair on
// Smart Licensing (12 running-license rows, 001 §"Failover Licenses for the Firepower 2100"), a
// 24-month Secure Client Plus term (a renewal to order), and 100 days without calling home on fw-a
// (out of compliance after the 90-day grace: 001 §"Periodic Communication with the Smart Software Manager").
// One copy for the browser tests (e2e/reference-plan.ts) and the unit tests that read the same plan.
export const REFERENCE_PLAN = {
  format: 'asa-license-plan/1',
  name: 'Branch FPR 2130 pair',
  startDate: '2027-01-04',
  horizonDays: 1095,
  deployment: {
    mode: 'failover',
    contextMode: 'multiple',
    failover: 'active-standby',
    units: [
      { id: 'fw-a', model: 'fpr-2130', smart: { method: 'regular', registeredDay: 0, exportControlled: true, entitlements: { standard: true, contexts: 10, 'strong-encryption': true } } },
      { id: 'fw-b', model: 'fpr-2130', smart: { method: 'regular', registeredDay: 0, exportControlled: true, entitlements: { standard: true } } },
    ],
  },
  secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 500, startDay: 0, termMonths: 24 }], demand: { uniqueUsers: 450 } },
  events: [{ day: 200, type: 'no-call-home', unit: 'fw-a', days: 100 }],
};

/** The as-of day of the reference view: 8 Feb 2028. */
export const REFERENCE_AS_OF_DAY = 400;
