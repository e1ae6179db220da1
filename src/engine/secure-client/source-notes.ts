// Where the sources disagree. Each note gives both readings; the report lists the ones that bear on the plan.
import { SMART_MODEL_IDS } from '../types';
import { faq, s001 } from './cite';
import type { FleetUnit, LicenseWindow, SourceNote } from './types';

interface NoteRule extends SourceNote {
  applies: (ctx: { windows: readonly LicenseWindow[]; fleet: readonly FleetUnit[]; features: readonly string[] }) => boolean;
}

const has = (windows: readonly LicenseWindow[], ...types: LicenseWindow['type'][]): boolean => windows.some((w) => types.includes(w.type));
const SMART: ReadonlySet<string> = new Set(SMART_MODEL_IDS);

const NOTES: readonly NoteRule[] = [
  {
    id: 'banding-should-or-must',
    text: '002 says the banding SKUs (L-AC-PLS-LIC=, L-AC-APX-LIC=) "should be used" whenever possible and renewals "should always use" them; 003 says they "must be used" / "must always use". The planner recommends banding SKUs and flags block SKUs as info.',
    cite: `${faq('What are the available authorized (user) counts for the new AnyConnect licenses?')}; ${faq('Can I purchase/renew AnyConnect Plus or Apex licenses via the Cisco Service Contract Center (CSCC)?')}`,
    applies: ({ windows }) => has(windows, 'plus', 'apex'),
  },
  {
    id: 'sku-spelling',
    text: '002 misprints several part numbers ("LAC-PLS-xYR-G", "L-ACAPX-LIC=", "L-AC-APX- LIC=", "L-AC-PLSG"); 003 spells them L-AC-PLS-xYR-G, L-AC-APX-LIC=, L-AC-PLS-G. The planner uses 003\'s spelling. Both write "L-AC-PLS-P-G" and then "L-AC-PLS-G" for the same Plus Perpetual order.',
    cite: `${faq('What are the available authorized (user) counts for the new AnyConnect licenses?')}; ${faq('Why does a part expand 99999 times when I buy an AnyConnect Plus perpetual or non-banding AnyConnect Plus or Apex license?')}; ${faq('How do I order AnyConnect licenses for multiple independent customers?')}`,
    applies: ({ windows }) => has(windows, 'plus', 'apex', 'plus-perpetual'),
  },
  {
    id: 'older-licenses-will-or-can-be-removed',
    text: '002: "All older AnyConnect licenses will be removed and replaced" when the new PAK is installed; 003: they "can be removed and replaced". Both say Essentials/Premium do not coexist with Plus, Apex or VPN Only on the same hardware, so the planner ends a legacy license on the day the new one starts on that hardware.',
    cite: `${faq('What happens to my older AnyConnect licenses when I install the new licenses?')}; ${faq('Can I mix and match AnyConnect Plus, VPN or VPN Only licenses with older Essentials or Premium licenses?')}`,
    applies: ({ windows }) => has(windows, 'essentials', 'premium'),
  },
  {
    id: 'reboot-should-or-must',
    text: 'Installing the new key: 002 "you should plan for reboots to be safe"; 003 "you must plan for reboots to be safe".',
    cite: faq('Will a reboot be required after installing the license key on an ASA?', 'Can a reboot be required after installing the license key on an ASA?'),
    applies: ({ windows }) => has(windows, 'essentials', 'premium'),
  },
  {
    id: 'evaluation-four-weeks-or-one-month',
    text: 'Both FAQs call the trial a "4-week Apex evaluation" and, under "I purchased Plus/Apex licenses 5 minutes ago", a "one-month temporary ASA license" (003 names the same Demo License path for both; 002 points to the ordering guide). The planner uses 28 days; termMonths 1 on an apex-evaluation models the one-month reading.',
    cite: `${faq('How do I receive a trial AnyConnect Apex license for my ASA?')}; ${faq('I purchased Plus/Apex licenses 5 minutes ago and want to make use of it immediately. How can I do so?')}`,
    applies: ({ windows }) => has(windows, 'apex-evaluation'),
  },
  {
    id: 'register-each-pak',
    text: 'With more than one Plus/Apex license: 002 "we ask that you register each PAK to each ASA"; 003 "you need to register each PAK to each ASA". Either way the resulting ASA key is the same.',
    cite: faq('How do the new licenses work with the ASA?'),
    applies: ({ windows }) => windows.filter((w) => w.type === 'plus' || w.type === 'apex' || w.type === 'plus-perpetual').length > 1,
  },
  {
    id: 'mobile-ios',
    text: 'Mobile cut-off (30 April 2016): 002 says "iOS & Android"; 003 says "Cisco IOS & Android", an artefact of the rename (Cisco IOS is the router OS). The planner reads it as Apple iOS.',
    cite: faq('How is the 4.x conversion being handled for the mobile versions of AnyConnect?'),
    applies: ({ features }) => features.includes('mobile'),
  },
  {
    id: 'web-security-product',
    text: 'Needs Plus (or Apex): 002 names "Cisco Secure Web Appliance", 003 "Cisco Cloud Web Security (CWS)" in the same sentence.',
    cite: faq('I am using AnyConnect for a non-VPN service or a Cisco IOS® head-end. What licenses do I need to purchase?'),
    applies: ({ features }) => features.includes('web-security'),
  },
  {
    id: 'pak-registration-asav',
    text: 'PAK registration "does not happen for the ASA, Firepower …" (002) versus "the ASA v, Firepower …" (003): 003 means the ASAv; Smart-licensed headends need the licenses bought and the contract linked, not a key.',
    cite: `${faq('What ASA versions are the AnyConnect Plus/Apex licenses compatible with? Can these licenses be used with both the original ASA 5500s and 5550-Xs?')}; ${faq('Does ASAv support remote access utilizing AnyConnect Plus and Apex licenses?', 'Does ASA v support remote access utilizing Cisco Secure Client Plus and Apex licenses?')}`,
    applies: ({ fleet }) => fleet.some((u) => SMART.has(u.model)),
  },
  {
    id: 'size-by-users-or-peers',
    text: '001 (Smart Licensing) says for Plus and Apex "add up the number of peers you intend to use across all the ASAs … and purchase license(s) for that many peers"; 002/003 say the count is "total authorized users …, not simultaneous connections". The planner sizes by unique users (the FAQs); a count at least the peak of connections satisfies both.',
    cite: `${s001('AnyConnect Plus, AnyConnect Apex, and AnyConnect VPN Only Licenses')}; ${faq('How do I determine how many licenses to purchase?')}`,
    applies: ({ windows, fleet }) => has(windows, 'plus', 'apex', 'plus-perpetual') && fleet.some((u) => SMART.has(u.model)),
  },
];

/** Every disagreement the module models, for the app's notes panel. */
export const SECURE_CLIENT_SOURCE_NOTES: readonly SourceNote[] = NOTES.map(({ id, text, cite }) => ({ id, text, cite }));

export function sourceNotes(windows: readonly LicenseWindow[], fleet: readonly FleetUnit[], features: readonly string[]): SourceNote[] {
  return NOTES.filter((n) => n.applies({ windows, fleet, features })).map(({ id, text, cite }) => ({ id, text, cite }));
}
