import type { Cite, SmartModelId, Throughput } from '../../types';
import type { CatalogNote, TierFeatures } from '../types';

export type SmartFamilyId = 'asav' | 'fpr-1010' | 'fpr-1100' | 'fpr-2100' | 'fpr-3100' | 'fpr-4100' | 'fpr-9300';

/** The entitlement names of a Smart unit's configuration (plan `smart.entitlements`). */
export type SmartEntitlementId = 'standard' | 'contexts' | 'carrier' | 'security-plus' | 'strong-encryption' | 'throughput';

/** In a failover pair or cluster: who requests an entitlement from the license server. */
export type RequestedBy = 'primary' | 'each-unit';

export interface ContextPack {
  readonly pid: string;
  readonly contexts: number;
}

export interface ContextLicenseSpec {
  /** Contexts the Standard license includes. */
  readonly included: number;
  /** The platform limit of one unit. */
  readonly max: number;
  /** The largest Context license that is still useful on one unit (`max - included`). */
  readonly maxLicense: number;
  /** Context license PIDs; packs are additive. */
  readonly packs: readonly ContextPack[];
  readonly cite: Cite;
}

export interface PidLine {
  readonly pid: string;
  readonly description: string;
  readonly cite: Cite;
}

export interface SmartPids {
  /** Standard tier (ASAv: none; its throughput PID carries the tier). */
  readonly standard?: PidLine;
  readonly securityPlus?: PidLine;
  readonly carrier?: PidLine;
  /** Only needed when the account is not authorized for strong encryption. */
  readonly strongEncryption?: PidLine;
  readonly plr?: PidLine;
}

export interface AsavThroughputSpec {
  readonly level: Throughput;
  /** The throughput level's display name (001 table "ASAv STD 1G — 1 Gbps"). */
  readonly label: string;
  /** The legacy model number the SKU still carries (ASAv5/10/30/50/100). */
  readonly skuModel: string;
  readonly tlsProxySessions: number;
  readonly anyconnectPeers: number;
  readonly otherVpnPeers: number;
  readonly totalVpnPeers: number;
  /** Memory the entitlement's session limits need. */
  readonly minMemoryGB: number;
  readonly maxMemoryGB: number;
  /** Regular and On-Prem PIDs: one, or one per subscription term (ASAv100). */
  readonly pids: readonly { readonly pid: string; readonly termYears?: number }[];
  readonly plrPid: string;
}

export interface AsavMemoryTier {
  readonly minGB: number;
  /** Exclusive upper bound (the table prints 7.9, 15.9, 31.9 and 64). */
  readonly belowGB: number;
  readonly label: string;
  readonly firewallConns: number;
  readonly vlans: number;
}

export interface AsavSpec {
  readonly throughput: Readonly<Record<Throughput, AsavThroughputSpec>>;
  readonly memoryTiers: readonly AsavMemoryTier[];
  readonly minMemoryGB: number;
  readonly multiVcpuMinMemoryGB: number;
  readonly maxMemoryGB: number;
  readonly maxVcpus: number;
  /** ASAv100 (20G) on VMware and KVM. */
  readonly maxVcpus20G: number;
  readonly unlicensedFirewallConns: number;
  readonly plrUnsupportedHypervisors: readonly string[];
  readonly cite: Cite;
}

export interface SmartFailoverSpec {
  readonly modes: readonly ('active-standby' | 'active-active')[];
  /** Entitlements a unit must have before failover can be configured. */
  readonly requires: readonly SmartEntitlementId[];
  /** Which units must be registered with the license server. */
  readonly registration: RequestedBy;
  readonly requests: Readonly<Partial<Record<SmartEntitlementId, RequestedBy>>>;
  /** After a failover, the aggregated license is usable this many days while non-compliant. */
  readonly graceDays?: number;
  /** How often the new active unit re-requests the entitlement until compliant. */
  readonly renewalRequestInterval?: string;
  readonly text: string;
  readonly cite: Cite;
}

export interface SmartClusterSpec {
  readonly registration: RequestedBy;
  readonly requests: Readonly<Partial<Record<SmartEntitlementId, RequestedBy>>>;
  readonly graceDays?: number;
  readonly renewalRequestInterval?: string;
  /** All units must use the same Smart Licensing method (inter-chassis clustering). */
  readonly sameMethod?: boolean;
  readonly text: string;
  readonly cite: Cite;
}

export interface OutOfComplianceSpec {
  readonly effect: 'none' | 'no-licensed-config-changes';
  readonly text: string;
  readonly cite: Cite;
}

export interface EvaluationSpec {
  /** Days of total usage before the unit becomes out of compliance. */
  readonly days: number;
  readonly text: string;
  readonly cite: Cite;
}

export interface PlrSpec {
  readonly text: string;
  /** Contexts a PLR unit may request when 001 prints a figure other than the table's (4100/9300: 248). */
  readonly statedMaxContextRequest?: number;
  /** The ASA must still request the entitlements in its configuration. */
  readonly requestInAsa: boolean;
  readonly cite: Cite;
}

export interface StrongEncryptionSpec {
  /** What happens to through-the-box traffic needing strong encryption before the license is obtained. */
  readonly beforeRegistration: string;
  /** Whether the token-based license survives re-registering with export control disabled. */
  readonly survivesReRegistration: boolean;
  readonly cite: Cite;
}

export interface SmartModel {
  readonly id: SmartModelId;
  readonly name: string;
  readonly family: string;
  readonly familyId: SmartFamilyId;
  readonly licensing: 'smart';
  /** The table's Standard License column (ASAv: values without an entitlement; see `asav`). */
  readonly features: TierFeatures;
  readonly contexts: ContextLicenseSpec | null;
  /** Entitlements the model accepts in its Smart configuration. */
  readonly entitlements: readonly SmartEntitlementId[];
  /** 3100: the Standard license is always enabled and cannot be disabled. */
  readonly standardAlwaysOn: boolean;
  readonly evaluation: EvaluationSpec | null;
  readonly plr: PlrSpec;
  readonly strongEncryption: StrongEncryptionSpec;
  readonly failover: SmartFailoverSpec;
  readonly cluster: SmartClusterSpec | null;
  readonly outOfCompliance: OutOfComplianceSpec;
  readonly pids: SmartPids;
  readonly asav?: AsavSpec;
  readonly notes: readonly CatalogNote[];
  readonly cite: Cite;
}
