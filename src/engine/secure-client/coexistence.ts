// Which licenses can be on the same hardware at the same time.
import type { Issue } from '../types';
import { faq, s000 } from './cite';
import { covers } from './license-dates';
import type { LicenseWindow } from './types';

const MIX_LEGACY = faq('Can I mix and match AnyConnect Plus, VPN or VPN Only licenses with older Essentials or Premium licenses?');
const MIX_PLUS_APEX = faq(
  'Can I mix and match AnyConnect Plus and Apex or is it one or the other. And does Plus and Apex remove need for Shared and Flex licenses?',
  'Can I mix and match Cisco Secure Client Plus and Apex, or is it one or the other. And do Plus and Apex remove the need for Shared and Flex licenses?',
);
const PERPETUAL = faq(
  'Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?',
  'Can I buy a perpetual Cisco Secure Client license? Can you tell me more about Cisco Secure Client VPN Only and Cisco Secure Client Plus Perpetual?',
);
const OLDER = faq('What happens to my older AnyConnect licenses when I install the new licenses?');
const ESSENTIALS = faq('Are there any special steps required for converting from Essentials licensing?');
const REBOOT = faq('Will a reboot be required after installing the license key on an ASA?', 'Can a reboot be required after installing the license key on an ASA?');
const PHASED_OUT = faq('When were the original AnyConnect/VPN SKUs phased out?');

/** Plus, Apex and their evaluation: one pool of users for the whole deployment. */
export const isUserBased = (w: LicenseWindow): boolean => w.type === 'plus' || w.type === 'apex' || w.type === 'plus-perpetual' || w.type === 'apex-evaluation';
const isNew = (w: LicenseWindow): boolean => isUserBased(w) || w.type === 'vpn-only';

function firstCommonDay(a: LicenseWindow, b: LicenseWindow): number | null {
  const day = Math.max(a.startDay, b.startDay);
  return covers(a, day) && covers(b, day) ? day : null;
}

// Plus and Apex "can be mixed within the same deployment" (§"Can I mix and match … Plus and Apex …?"):
// nothing to check. VPN Only "do[es] not coexist with Plus or Apex licensing" (§"Can I buy a
// perpetual …?"), "on the same hardware" (§"Can I mix and match … older Essentials or Premium …?");
// Plus and Apex cover every headend of the deployment, so any overlap in time is a conflict.
export function vpnOnlyWithPlusApex(windows: readonly LicenseWindow[]): Issue[] {
  const issues: Issue[] = [];
  for (const v of windows.filter((w) => w.type === 'vpn-only')) {
    for (const p of windows.filter(isUserBased)) {
      const day = firstCommonDay(v, p);
      if (day === null) continue;
      issues.push({
        severity: 'error',
        code: 'vpn-only-with-plus-apex',
        message: `${v.path} (VPN Only on ${v.unit ?? 'its headend'}) and ${p.path} (${p.type}) are in force together from day ${day}; VPN Only licenses do not coexist on the same hardware with Plus or Apex licenses`,
        path: v.path,
        key: v.id,
        ...(v.unit !== null ? { unit: v.unit } : {}),
        day,
        cite: `${PERPETUAL}; ${MIX_LEGACY}; ${MIX_PLUS_APEX}`,
      });
    }
  }
  return issues;
}

const sameHardware = (legacy: LicenseWindow, next: LicenseWindow): boolean => isUserBased(next) || legacy.unit === null || next.unit === null || legacy.unit === next.unit;

// "Discontinued Essentials or Premium licenses do not co-exist on the same hardware as newer Plus,
// Apex or VPN Only licenses" (§"Can I mix and match … older …?"), and installing the new key replaces
// them: 002 "All older AnyConnect licenses will be removed and replaced", 003 "… can be removed and
// replaced" (§"What happens to my older … licenses …?"). Modelled as removal on the new start day.
export function replaceLegacyLicenses(windows: readonly LicenseWindow[]): { windows: LicenseWindow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const result = windows.map((legacy): LicenseWindow => {
    if (legacy.kind !== 'legacy') return legacy;
    const replacing = windows.filter((w) => isNew(w) && sameHardware(legacy, w) && (w.endDay === null || w.endDay > legacy.startDay) && (legacy.endDay === null || w.startDay < legacy.endDay));
    if (replacing.length === 0) return legacy;
    const next = replacing.reduce((a, b) => (b.startDay < a.startDay ? b : a));
    const day = Math.max(next.startDay, legacy.startDay);
    const essentials =
      legacy.type === 'essentials'
        ? ` Before installing the new key, disable Essentials ("no anyconnect-essentials" under webvpn); 002 says you "should plan for reboots", 003 "must plan for reboots".`
        : '';
    issues.push({
      severity: 'warning',
      code: 'legacy-replaced',
      message: `${legacy.path} (${legacy.type}, retired) does not coexist with ${next.path} (${next.type}) on the same hardware: it stops on day ${day} when the new key is installed (002: older licenses "will be removed and replaced"; 003: they "can be removed and replaced").${essentials}`,
      path: legacy.path,
      key: legacy.id,
      ...(legacy.unit !== null ? { unit: legacy.unit } : {}),
      day,
      cite: `${MIX_LEGACY}; ${OLDER}${legacy.type === 'essentials' ? `; ${ESSENTIALS}; ${REBOOT}` : ''}`,
    });
    return { ...legacy, replacedOnDay: day };
  });
  return { windows: result, issues };
}

// 000 §"Additional Guidelines": Essentials "is incompatible with … AnyConnect Premium …; if you
// install the AnyConnect Essentials license …, it is used instead of the above licenses".
export function essentialsOverridesPremium(windows: readonly LicenseWindow[]): Issue[] {
  const issues: Issue[] = [];
  for (const e of windows.filter((w) => w.type === 'essentials')) {
    for (const p of windows.filter((w) => w.type === 'premium' && (w.unit === null || e.unit === null || w.unit === e.unit))) {
      const day = firstCommonDay(e, p);
      if (day === null) continue;
      issues.push({
        severity: 'info',
        code: 'essentials-overrides-premium',
        message: `${e.path} (Essentials) is used instead of ${p.path} (Premium) from day ${day} unless Essentials is disabled in the configuration`,
        path: p.path,
        key: p.id,
        day,
        cite: s000('Additional Guidelines'),
      });
    }
  }
  return issues;
}

// §"When were the original AnyConnect/VPN SKUs phased out?": "completed as of August 31st, 2015.
// These older licenses can no longer be purchased."
export const LEGACY_LAST_SALE_DATE = '2015-08-31';
export function legacyNoLongerSold(windows: readonly LicenseWindow[]): Issue[] {
  return windows
    .filter((w) => w.kind === 'legacy' && w.startDay > 0 && w.startDate > LEGACY_LAST_SALE_DATE)
    .map((w) => ({
      severity: 'warning' as const,
      code: 'legacy-no-longer-sold',
      message: `${w.path}: a new ${w.type} license on ${w.startDate}; Essentials and Premium could no longer be bought after ${LEGACY_LAST_SALE_DATE}`,
      path: w.path,
      key: w.id,
      day: w.startDay,
      cite: PHASED_OUT,
    }));
}
