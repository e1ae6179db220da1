// One step of raising a candidate's licenses after its evaluation fell short of a need: the next
// thing to buy, or nothing when the model cannot do more (then the need rules it out).
import { ASAV_SPEC } from '../catalog/smart/index';
import { THROUGHPUT_LEVELS } from '../plan/schema';
import type { FeatureId } from '../types';
import type { Config } from './candidate-plan';
import type { Candidate } from './model-specs';
import type { Running } from './need-check';
import type { Needs } from './types';

const LEVEL_FIELD: Partial<Record<FeatureId, 'anyconnectPeers' | 'otherVpnPeers' | 'totalVpnPeers' | 'tlsProxySessions'>> = {
  'anyconnect-peers': 'anyconnectPeers',
  'other-vpn-peers': 'otherVpnPeers',
  'total-vpn-peers': 'totalVpnPeers',
  'uc-proxy-sessions': 'tlsProxySessions',
};

/** ASAv: the first throughput level and memory that meet the number needs the table ties to them (001 §"ASA Virtual"). */
export function asavStart(needs: Needs): Pick<Config, 'throughput' | 'memoryGB'> {
  const asked = needs.features.throughput;
  const levels = THROUGHPUT_LEVELS.map((l) => ASAV_SPEC.throughput[l]);
  const fits = levels.find((l) =>
    (Object.entries(LEVEL_FIELD) as [FeatureId, keyof typeof l][]).every(([f, field]) => typeof needs.features[f] !== 'number' || (l[field] as number) >= (needs.features[f] as number)),
  );
  const level = typeof asked === 'string' && (THROUGHPUT_LEVELS as readonly string[]).includes(asked) ? ASAV_SPEC.throughput[asked as (typeof THROUGHPUT_LEVELS)[number]] : (fits ?? levels.at(-1)!);
  const conns = needs.features['firewall-conns'];
  const vlans = needs.features.vlans;
  const tier = ASAV_SPEC.memoryTiers.find((t) => t.minGB >= level.minMemoryGB && (typeof conns !== 'number' || t.firewallConns >= conns) && (typeof vlans !== 'number' || t.vlans >= vlans));
  return { throughput: level.level, memoryGB: Math.max(level.minMemoryGB, tier?.minGB ?? level.minMemoryGB) };
}

/** The next config to try, or undefined when nothing more can be bought for these needs. */
export function repair(c: Candidate, needs: Needs, config: Config, unmet: readonly FeatureId[], running: Running, valid: boolean): Config | undefined {
  const next: Config = { ...config };
  let changed = false;
  for (const f of unmet) {
    const need = needs.features[f];
    if (c.licensing === 'smart' && f === 'security-contexts' && typeof need === 'number' && c.model.contexts) {
      const have = typeof running[f] === 'number' ? (running[f] as number) : 0;
      const raised = Math.min(c.model.contexts.maxLicense, config.contexts + Math.max(1, need - have));
      if (raised > config.contexts) {
        next.contexts = raised;
        changed = true;
      }
    } else if (f === 'encryption' && c.licensing === 'smart' && !config.strongEncryptionEntitlement) {
      next.strongEncryptionEntitlement = true;
      changed = true;
    } else if ((f === 'anyconnect-peers' || f === 'total-vpn-peers') && typeof need === 'number' && config.secureClientUsers < need) {
      next.secureClientUsers = need;
      changed = true;
    } else if (c.licensing === 'pak' && config.licenseOn === 'primary' && needs.deployment.mode !== 'standalone') {
      next.licenseOn = 'all';
      changed = true;
    }
  }
  // A pair or cluster the engine refuses as drawn (a license requirement): the same licenses on every unit.
  if (!valid && c.licensing === 'pak' && config.licenseOn === 'primary' && needs.deployment.mode !== 'standalone') {
    next.licenseOn = 'all';
    changed = true;
  }
  return changed ? next : undefined;
}
