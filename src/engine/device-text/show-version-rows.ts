// The rows of "Licensed features for this platform:" as 9.x prints them (8.x labels by software
// version), each drawn from one feature of a running license.
import type { FeatureId, FeatureValue, License } from '../types';

export interface RowLabels {
  des: string;
  strong: string;
  gtp: string;
  anyconnect: string;
  uc: string;
}

type Version = readonly [number, number, number];

function parseVersion(software: string | undefined): Version | null {
  const m = /^(\d{1,2})\.(\d{1,2})(?:\((\d+)\))?/.exec(software ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}

const before = (v: Version, w: Version) => v[0] - w[0] || v[1] - w[1] || v[2] - w[2];

/** Labels of the software the plan names; 9.x labels when it names none. */
export function labelsFor(software: string | undefined): RowLabels {
  const v = parseVersion(software);
  const older = (w: Version) => v !== null && before(v, w) < 0;
  return {
    // Observed output: 8.x prints VPN-DES / VPN-3DES-AES, 9.x Encryption-DES / Encryption-3DES-AES.
    des: v !== null && v[0] < 9 ? 'VPN-DES' : 'Encryption-DES',
    strong: v !== null && v[0] < 9 ? 'VPN-3DES-AES' : 'Encryption-3DES-AES',
    // 001 §"History for Smart Software Licensing": the Carrier license replaces GTP/GPRS in 9.5(2).
    gtp: older([9, 5, 2]) ? 'GTP/GPRS' : 'Carrier',
    // 000 §"History for PAK Licenses": "SSL VPN Peers" became "AnyConnect Premium Peers" in 8.4(1).
    anyconnect: older([8, 4, 1]) ? 'SSL VPN Peers' : 'AnyConnect Premium Peers',
    // Observed output: 9.5 prints Total UC Proxy Sessions, 9.6 and later Total TLS Proxy Sessions.
    uc: older([9, 6, 0]) ? 'Total UC Proxy Sessions' : 'Total TLS Proxy Sessions',
  };
}

export interface Row {
  label: string;
  value: string;
  feature: FeatureId;
}

const toggle = (v: FeatureValue | undefined) => (v === true ? 'Enabled' : 'Disabled');
const failoverText = (v: FeatureValue | undefined) => (v === 'active-active' ? 'Active/Active' : v === 'active-standby' ? 'Active/Standby' : 'Disabled');

interface RowOptions {
  labels: RowLabels;
  /** PAK models print GTP/GPRS (Carrier) from `gtp-gprs`, Smart models from `carrier`. */
  carrierFeature: 'gtp-gprs' | 'carrier';
  noPayloadEncryption: boolean;
}

/** The rows for the features the license has, in the order the ASA prints them. */
export function rowsFor(license: License, o: RowOptions): Row[] {
  const rows: Row[] = [];
  const has = (f: FeatureId) => Object.hasOwn(license, f);
  const add = (label: string, feature: FeatureId, value: string) => rows.push({ label, value, feature });
  const v = (f: FeatureId) => license[f];
  if (has('vlans')) add('Maximum VLANs', 'vlans', String(v('vlans')));
  if (has('failover')) add('Failover', 'failover', failoverText(v('failover')));
  if (has('encryption')) {
    add(o.labels.des, 'encryption', o.noPayloadEncryption ? 'Disabled' : 'Enabled');
    add(o.labels.strong, 'encryption', !o.noPayloadEncryption && v('encryption') === '3des-aes' ? 'Enabled' : 'Disabled');
  }
  if (has('security-contexts') && v('security-contexts') !== 'unsupported') add('Security Contexts', 'security-contexts', String(v('security-contexts')));
  if (has(o.carrierFeature)) add(o.labels.gtp, o.carrierFeature, toggle(v(o.carrierFeature)));
  if (has('anyconnect-peers')) add(o.labels.anyconnect, 'anyconnect-peers', String(v('anyconnect-peers')));
  if (has('anyconnect-essentials')) add('AnyConnect Essentials', 'anyconnect-essentials', toggle(v('anyconnect-essentials')));
  if (has('other-vpn-peers')) add('Other VPN Peers', 'other-vpn-peers', String(v('other-vpn-peers')));
  if (has('total-vpn-peers')) add('Total VPN Peers', 'total-vpn-peers', String(v('total-vpn-peers')));
  if (has('shared-license')) add('Shared License', 'shared-license', v('shared-license') === false ? 'Disabled' : 'Enabled');
  if (has('uc-proxy-sessions')) add(o.labels.uc, 'uc-proxy-sessions', String(v('uc-proxy-sessions')));
  if (has('botnet-traffic-filter')) add('Botnet Traffic Filter', 'botnet-traffic-filter', toggle(v('botnet-traffic-filter')));
  if (has('ips-module') && v('ips-module') !== 'unsupported') add('IPS Module', 'ips-module', toggle(v('ips-module')));
  if (has('ten-ge-io')) add('10GE I/O', 'ten-ge-io', toggle(v('ten-ge-io')));
  if (has('clustering')) {
    const c = v('clustering');
    add('Cluster', 'clustering', c === true || typeof c === 'number' ? 'Enabled' : 'Disabled');
    if (typeof c === 'number') add('Cluster Members', 'clustering', String(c));
  }
  if (has('vpn-load-balancing')) add('VPN Load Balancing', 'vpn-load-balancing', toggle(v('vpn-load-balancing')));
  return rows;
}

/** `Label                             : value          duration`, the ASA's column widths. */
export function formatRow(label: string, value: string, duration?: string): string {
  const text = `${label.padEnd(34)}: ${duration === undefined ? value : `${value.padEnd(15)}${duration}`}`;
  return text.trimEnd();
}
