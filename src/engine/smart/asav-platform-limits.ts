// 001 §"Platform Limits": firewall connections and VLANs follow the ASA virtual's memory; "We limit
// the firewall connections to 100 when the ASA virtual is in an unlicensed state." 001 §"ASA
// Virtual": 2 GB minimum, 4 GB with more than 1 vCPU, at most 64 GB and 8 vCPUs (16 for ASAv100 on
// VMware and KVM).
import { ASAV_SPEC } from '../catalog/smart/asav';
import { CITE } from '../catalog/smart/cites';
import type { AsavMemoryTier } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import type { FeatureProvenance } from '../unit-timeline';
import { type Grant, smart } from './provenance';
import { smartIssue } from './smart-issue';
import { unitPath } from './unit-role';

const L = CITE.asavPlatformLimits;

export function asavMemoryTier(memoryGB: number): AsavMemoryTier {
  const tiers = ASAV_SPEC.memoryTiers;
  return tiers.find((t) => memoryGB < t.belowGB) ?? tiers[tiers.length - 1]!;
}

/** The memory the planner uses: the plan's, or else the minimum the throughput entitlement needs. */
export function asavMemory(unit: SmartUnit): { gb: number; assumed: boolean } {
  if (unit.memoryGB !== undefined) return { gb: unit.memoryGB, assumed: false };
  const level = unit.smart.entitlements.throughput;
  return { gb: level === undefined ? ASAV_SPEC.minMemoryGB : ASAV_SPEC.throughput[level].minMemoryGB, assumed: true };
}

export function asavPlatformProvenance(unit: SmartUnit, grant: Grant): FeatureProvenance {
  const memory = asavMemory(unit);
  const tier = asavMemoryTier(memory.gb);
  const basis = `${memory.gb} GB${memory.assumed ? ' (assumed: memoryGB not given)' : ''} is in the ${tier.label} row`;
  const conns =
    grant === 'unlicensed'
      ? smart(
          ASAV_SPEC.unlicensedFirewallConns,
          `Unlicensed: firewall connections are limited to ${ASAV_SPEC.unlicensedFirewallConns} until the ASA virtual is licensed with an entitlement (platform limit ${tier.firewallConns.toLocaleString('en-US')})`,
          L,
          [],
          {
            uncapped: tier.firewallConns,
            limit: ASAV_SPEC.unlicensedFirewallConns,
          },
        )
      : smart(tier.firewallConns, `Platform limit by memory: ${basis}`, L, ['memory']);
  return { 'firewall-conns': conns, vlans: smart(tier.vlans, `Platform limit by memory: ${basis}`, L, ['memory']) };
}

export function asavResourceIssues(unit: SmartUnit, plan: Plan): Issue[] {
  const issues: Issue[] = [];
  const memPath = unitPath(plan, unit, 'memoryGB');
  const at = { unit: unit.id };
  const memory = asavMemory(unit);
  if (memory.assumed) {
    issues.push(
      smartIssue(
        'info',
        'asav-memory-assumed',
        `${unit.id}: memoryGB is not given; the planner assumes ${memory.gb} GB (the minimum of the ${unit.smart.entitlements.throughput ?? 'unlicensed'} level) for platform and session limits.`,
        CITE.asavTable,
        { path: memPath, ...at },
      ),
    );
  }
  if (memory.gb < ASAV_SPEC.minMemoryGB) {
    issues.push(
      smartIssue(
        'error',
        'asav-memory-below-minimum',
        `${unit.id}: memoryGB ${memory.gb} is below the ASA virtual minimum of ${ASAV_SPEC.minMemoryGB} GB (needed for 9.13(1) and later).`,
        CITE.asavTable,
        { path: memPath, ...at },
      ),
    );
  }
  if (memory.gb > ASAV_SPEC.maxMemoryGB) {
    issues.push(
      smartIssue('error', 'asav-memory-above-maximum', `${unit.id}: memoryGB ${memory.gb} is above the supported maximum of ${ASAV_SPEC.maxMemoryGB} GB.`, CITE.asavTable, { path: memPath, ...at }),
    );
  }
  const vcpus = unit.vcpus;
  if (vcpus !== undefined) {
    const vPath = unitPath(plan, unit, 'vcpus');
    if (vcpus > 1 && memory.gb < ASAV_SPEC.multiVcpuMinMemoryGB) {
      issues.push(
        smartIssue('error', 'asav-memory-for-vcpus', `${unit.id}: ${vcpus} vCPUs need at least ${ASAV_SPEC.multiVcpuMinMemoryGB} GB of memory (memoryGB is ${memory.gb}).`, CITE.asavTable, {
          path: memPath,
          ...at,
        }),
      );
    }
    const is20G = unit.smart.entitlements.throughput === '20G';
    const hv = unit.hypervisor?.toLowerCase();
    const hvAllows16 = hv === undefined || hv.includes('vmware') || hv.includes('esx') || hv.includes('kvm');
    const max = is20G && hvAllows16 ? ASAV_SPEC.maxVcpus20G : ASAV_SPEC.maxVcpus;
    if (vcpus > max) {
      issues.push(
        smartIssue('error', 'asav-vcpus-above-maximum', `${unit.id}: ${vcpus} vCPUs; the maximum is ${ASAV_SPEC.maxVcpus} (${ASAV_SPEC.maxVcpus20G} for ASAv100 on VMware and KVM).`, CITE.asavTable, {
          path: vPath,
          ...at,
        }),
      );
    } else if (vcpus > ASAV_SPEC.maxVcpus && hv === undefined) {
      issues.push(
        smartIssue('info', 'asav-vcpus-hypervisor', `${unit.id}: ${vcpus} vCPUs are only supported for ASAv100 on VMware and KVM; set hypervisor to check.`, CITE.asavTable, { path: vPath, ...at }),
      );
    }
  }
  return issues;
}
