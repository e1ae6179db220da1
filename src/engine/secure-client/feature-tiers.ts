// Which license tier each Secure Client capability needs, and whether VPN Only includes it.
import type { Cite } from '../types';
import { faq } from './cite';

export const SECURE_CLIENT_FEATURE_IDS = [
  'third-party-ikev2',
  'ip-phone-vpn',
  'network-access-manager',
  'web-security',
  'mobile',
  'clientless',
  'hostscan-posture',
  'ise-posture',
  'network-visibility',
  'suite-b',
  'saml',
] as const;
export type SecureClientFeatureId = (typeof SECURE_CLIENT_FEATURE_IDS)[number];

export interface FeatureTier {
  label: string;
  /** The lowest tier that includes it: 'plus' means Plus or Apex (Apex includes all of Plus). */
  needs: 'plus' | 'apex';
  /** Whether a VPN Only license includes it. */
  inVpnOnly: boolean;
  cite: Cite;
}

const INTRO: Cite = '002 §"Introduction"; 003 §"Overview"';
const VPN_ONLY = faq(
  'Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?',
  'Can I buy a perpetual Cisco Secure Client license? Can you tell me more about Cisco Secure Client VPN Only and Cisco Secure Client Plus Perpetual?',
);

// VPN Only: "do support Clientless SSL VPN, third party IPsec IKEv2, Suite B and VPN HostScan with
// an ASA", is "Premium plus Advanced Endpoint Assessment plus Mobile plus Phone VPN", and "no other
// function or service (Web Security Module, ISE Posture, Network Visibility, …)".
export const FEATURE_TIERS: Readonly<Record<SecureClientFeatureId, FeatureTier>> = {
  'third-party-ikev2': {
    label: 'IKEv2 from third-party VPN clients',
    needs: 'plus',
    inVpnOnly: true,
    cite: `${faq('What license is needed to enable IKEv2 VPN from 3rd party VPN clients to the ASA?')}; ${VPN_ONLY}`,
  },
  'ip-phone-vpn': {
    label: 'VPN from a Cisco IP phone',
    needs: 'plus',
    inVpnOnly: true,
    cite: `${faq('What licensing does a AnyConnect connection from a Cisco IP phone require?', 'What licensing does an Cisco Secure Client VPN connection from a Cisco IP phone require?')}; ${VPN_ONLY}`,
  },
  'network-access-manager': {
    label: 'Network Access Manager (802.1X)',
    needs: 'plus',
    inVpnOnly: false,
    cite: `${faq('I am only using Network Access Manager. What licenses are required?')}; ${VPN_ONLY}`,
  },
  // 002 names "Cisco Secure Web Appliance" here, 003 "Cisco Cloud Web Security (CWS)"; both need Plus.
  'web-security': {
    label: 'Web security module',
    needs: 'plus',
    inVpnOnly: false,
    cite: `${faq('I am using AnyConnect for a non-VPN service or a Cisco IOS® head-end. What licenses do I need to purchase?')}; ${VPN_ONLY}`,
  },
  mobile: {
    label: 'Mobile clients (iOS, Android and newer platforms)',
    needs: 'plus',
    inVpnOnly: true,
    cite: `${faq('How is the 4.x conversion being handled for the mobile versions of AnyConnect?')}; ${VPN_ONLY}`,
  },
  clientless: {
    label: 'Clientless remote access (SSL VPN portal)',
    needs: 'apex',
    inVpnOnly: true,
    cite: `${faq('What license is needed to enable IKEv2 VPN from 3rd party VPN clients to the ASA?')}; ${INTRO}; ${VPN_ONLY}`,
  },
  'hostscan-posture': {
    label: 'HostScan posture (VPN only, on the ASA)',
    needs: 'apex',
    inVpnOnly: true,
    cite: `${faq('Can AnyConnect Hostscan/Posture be used without Cisco Identity Services Engine?', 'Can Cisco Secure Client Hosts/Posture be used without Cisco ISE?')}; ${VPN_ONLY}`,
  },
  'ise-posture': {
    label: 'Unified posture with ISE',
    needs: 'apex',
    inVpnOnly: false,
    cite: `${faq('Can AnyConnect Hostscan/Posture be used without Cisco Identity Services Engine?', 'Can Cisco Secure Client Hosts/Posture be used without Cisco ISE?')}; ${VPN_ONLY}`,
  },
  'network-visibility': { label: 'Network Visibility Module', needs: 'apex', inVpnOnly: false, cite: `${faq('Can I order the AnyConnect Network Visibility Module standalone?')}; ${VPN_ONLY}` },
  'suite-b': { label: 'Next-generation encryption (Suite B)', needs: 'apex', inVpnOnly: true, cite: `${INTRO}; ${VPN_ONLY}` },
  saml: { label: 'SAML authentication', needs: 'apex', inVpnOnly: false, cite: `${INTRO}; ${VPN_ONLY}` },
};

export const isSecureClientFeature = (f: string): f is SecureClientFeatureId => Object.hasOwn(FEATURE_TIERS, f);
