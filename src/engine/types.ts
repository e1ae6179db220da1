// Shared vocabulary of the engine. Pure types: no runtime code beyond the id lists.

export const FEATURE_IDS = [
  'firewall-conns',
  'vlans',
  'botnet-traffic-filter',
  'gtp-gprs',
  'carrier',
  'uc-proxy-sessions',
  'anyconnect-peers',
  'other-vpn-peers',
  'total-vpn-peers',
  'vpn-load-balancing',
  'encryption',
  'failover',
  'security-contexts',
  'clustering',
  'ips-module',
  'ten-ge-io',
  'throughput',
  'anyconnect-essentials',
  'shared-license',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

export const PAK_MODEL_IDS = [
  'asa-5506-x',
  'asa-5506w-x',
  'asa-5506h-x',
  'asa-5508-x',
  'asa-5512-x',
  'asa-5515-x',
  'asa-5516-x',
  'asa-5525-x',
  'asa-5545-x',
  'asa-5555-x',
  'asa-5585-x-ssp-10',
  'asa-5585-x-ssp-20',
  'asa-5585-x-ssp-40',
  'asa-5585-x-ssp-60',
  'asasm',
  'isa-3000',
] as const;
export type PakModelId = (typeof PAK_MODEL_IDS)[number];

export const SMART_MODEL_IDS = [
  'asav',
  'fpr-1010',
  'fpr-1120',
  'fpr-1140',
  'fpr-1150',
  'fpr-2110',
  'fpr-2120',
  'fpr-2130',
  'fpr-2140',
  'fpr-3110',
  'fpr-3120',
  'fpr-3130',
  'fpr-3140',
  'fpr-4110',
  'fpr-4112',
  'fpr-4115',
  'fpr-4120',
  'fpr-4125',
  'fpr-4140',
  'fpr-4145',
  'fpr-4150',
  'fpr-9300-sm-24',
  'fpr-9300-sm-36',
  'fpr-9300-sm-40',
  'fpr-9300-sm-44',
  'fpr-9300-sm-48',
  'fpr-9300-sm-56',
] as const;
export type SmartModelId = (typeof SMART_MODEL_IDS)[number];
export type ModelId = PakModelId | SmartModelId;

export const TIER_IDS = ['base', 'security-plus'] as const;
export type TierId = (typeof TIER_IDS)[number];

export type Encryption = 'des' | '3des-aes';
export type FailoverCapability = 'unsupported' | 'active-standby' | 'active-active';
export type Throughput = '100M' | '1G' | '2G' | '10G' | '20G';
export type SharedLicenseRole = false | 'server' | 'participant';

/** A feature's value in a running license; the spec's "Feature ids and values" table. */
export type FeatureValue = number | boolean | string;
export type License = Partial<Record<FeatureId, FeatureValue>>;

/** Where a statement comes from: `000 §"Section"`. */
export type Cite = string;

export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  severity: Severity;
  code: string;
  message: string;
  /** JSON path in the plan of the field that caused it, e.g. `deployment.units[0].timeBased[1]`. */
  path?: string;
  unit?: string;
  key?: string;
  feature?: FeatureId;
  day?: number;
  cite?: Cite;
}
