// The reference plan of the layout and report tests (issue 21): a Firepower 2130 failover pair on
// Smart Licensing (12 running-license rows, 001 §"Failover Licenses for the Firepower 2100"), a
// 24-month Secure Client Plus term (a renewal to order), and 100 days without calling home on fw-a
// (out of compliance after the 90-day grace: 001 §"Periodic Communication with the Smart Software Manager").
// The plan itself is src/app/test-support/reference-plan.ts, shared with the unit tests.
import { expect, type Page } from '@playwright/test';
import LZString from 'lz-string';

export { REFERENCE_PLAN, REFERENCE_AS_OF_DAY } from '../src/app/test-support/reference-plan';
import { REFERENCE_PLAN, REFERENCE_AS_OF_DAY } from '../src/app/test-support/reference-plan';

/** Opens the reference plan from a share link on the given page of the app (`?view=…`), at the reference as-of day. */
export async function openReferencePlan(page: Page, view?: string): Promise<void> {
  const fragment = LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, plan: REFERENCE_PLAN, view: { asOfDay: REFERENCE_AS_OF_DAY } }));
  await page.goto(`/${view === undefined ? '' : `?view=${view}`}#share=${fragment}`);
  await expect(page.getByTestId('plan-switcher')).toHaveValue(/.+/);
}
