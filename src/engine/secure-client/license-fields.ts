// What each license counts (users or sessions) and what it needs beside it (a support contract).
import type { Issue } from '../types';
import { faq } from './cite';
import type { LicenseWindow } from './types';

const HOW_MANY = faq('How do I determine how many licenses to purchase?');
const VPN_ONLY_LIMITS = faq('Are there any additional limitations of the AnyConnect-only licenses?', 'Are there any additional limitations of the Cisco Secure Client VPN-only licenses?');
const PERPETUAL = faq(
  'Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?',
  'Can I buy a perpetual Cisco Secure Client license? Can you tell me more about Cisco Secure Client VPN Only and Cisco Secure Client Plus Perpetual?',
);
const SUPPORT_BUILT_IN = faq('What factors contributed to changing the AnyConnect license models?', 'What factors contributed to the changes to the Cisco Secure Client license models?');
const TAC = faq('How do I access the AnyConnect v4.x Software Center on Cisco.com and receive TAC support entitlement?');
const TRIAL = faq('How do I receive a trial AnyConnect Apex license for my ASA?');

// 002/003 §"How do I determine how many licenses to purchase?": Plus and Apex count "total authorized
// users …, not simultaneous connections"; VPN Only is "concurrent endpoint based" (§"Are there any
// additional limitations …?").
export function countedQuantityIssues(w: LicenseWindow, raw: { users?: number; sessions?: number }): Issue[] {
  const issues: Issue[] = [];
  const userBased = w.type === 'plus' || w.type === 'apex' || w.type === 'plus-perpetual';
  if (userBased) {
    if (raw.users === undefined)
      issues.push({
        severity: 'error',
        code: 'users-missing',
        message: `${w.path}.users: a ${w.type} license is sold by authorized (unique) users; give the user count`,
        path: `${w.path}.users`,
        key: w.id,
        cite: HOW_MANY,
      });
    if (raw.sessions !== undefined) {
      issues.push({
        severity: 'warning',
        code: 'counts-users-not-sessions',
        message: `${w.path}.sessions: ${w.type} counts total unique authorized users (an unattended device counts as a user), not simultaneous sessions; sessions ignored`,
        path: `${w.path}.sessions`,
        key: w.id,
        cite: HOW_MANY,
      });
    }
  } else if (w.type === 'vpn-only') {
    if (raw.sessions === undefined)
      issues.push({
        severity: 'error',
        code: 'sessions-missing',
        message: `${w.path}.sessions: a VPN Only license is sold by simultaneous connections on one headend; give the session count`,
        path: `${w.path}.sessions`,
        key: w.id,
        cite: VPN_ONLY_LIMITS,
      });
    if (raw.users !== undefined) {
      issues.push({
        severity: 'warning',
        code: 'counts-sessions-not-users',
        message: `${w.path}.users: VPN Only counts concurrent connections on its headend, not authorized users; users ignored`,
        path: `${w.path}.users`,
        key: w.id,
        cite: `${PERPETUAL}; ${VPN_ONLY_LIMITS}`,
      });
    }
  } else if (w.type === 'apex-evaluation' && (raw.users !== undefined || raw.sessions !== undefined)) {
    issues.push({
      severity: 'info',
      code: 'evaluation-uncounted',
      message: `${w.path}: an Apex evaluation unlocks the ASA for 4 weeks and carries no user or session count; the count is ignored`,
      path: w.path,
      key: w.id,
      cite: TRIAL,
    });
  }
  return issues;
}

// 002/003 §"Can I buy a perpetual …?": "Both VPN Only and Plus Perpetual licenses require a SWSS
// contract on all head-ends"; term licenses include support (§"What factors contributed …?").
export function supportContractIssue(w: LicenseWindow, support: boolean | undefined): Issue | null {
  if (w.type !== 'plus-perpetual' && w.type !== 'vpn-only') return null;
  if (support === true) return null;
  return {
    severity: 'warning',
    code: 'support-contract-needed',
    message: `${w.path}.support: a ${w.type === 'vpn-only' ? 'VPN Only' : 'Plus Perpetual'} license needs a separately bought SWSS support contract on all headends for software access, updates and TAC (term licenses include it)`,
    path: `${w.path}.support`,
    key: w.id,
    cite: `${PERPETUAL}; ${TAC}; ${SUPPORT_BUILT_IN}`,
  };
}
