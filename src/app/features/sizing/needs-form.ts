// The "What do you need?" form's state and the needs JSON it asks the engine about
// (../shared/spec/plan-format.md §"Sizing": format asa-license-needs/1). No rule here: an empty
// field is a need not asked; the engine validates what is given and names the field.
export type DeploymentChoice = 'standalone' | 'active-standby' | 'active-active' | 'cluster';

export interface NeedsForm {
  deployment: DeploymentChoice;
  clusterUnits: number | undefined;
  licensing: 'either' | 'pak' | 'smart';
  software: string;
  termYears: number | undefined;
  numbers: Partial<Record<NumberNeed, number>>;
  toggles: Partial<Record<ToggleNeed, boolean>>;
  throughput: '' | '100M' | '1G' | '2G' | '10G' | '20G';
}

export const NUMBER_NEEDS = [
  { id: 'firewall-conns', label: 'Firewall connections' },
  { id: 'vlans', label: 'VLANs' },
  { id: 'security-contexts', label: 'Security contexts (total)' },
  { id: 'anyconnect-peers', label: 'AnyConnect / Secure Client peers' },
  { id: 'other-vpn-peers', label: 'Other VPN peers' },
  { id: 'uc-proxy-sessions', label: 'UC / TLS proxy sessions' },
] as const;
export type NumberNeed = (typeof NUMBER_NEEDS)[number]['id'];

export const TOGGLE_NEEDS = [
  { id: 'encryption', label: 'Strong encryption (3DES/AES)' },
  { id: 'carrier', label: 'Carrier / GTP' },
  { id: 'botnet-traffic-filter', label: 'Botnet Traffic Filter' },
  { id: 'ips-module', label: 'IPS module' },
] as const;
export type ToggleNeed = (typeof TOGGLE_NEEDS)[number]['id'];

export const EMPTY_NEEDS: NeedsForm = { deployment: 'standalone', clusterUnits: 2, licensing: 'either', software: '', termYears: undefined, numbers: {}, toggles: {}, throughput: '' };

export function needsFromForm(form: NeedsForm): Record<string, unknown> {
  const features: Record<string, unknown> = {};
  for (const { id } of NUMBER_NEEDS) if (form.numbers[id] !== undefined) features[id] = form.numbers[id];
  for (const { id } of TOGGLE_NEEDS) {
    if (form.toggles[id] !== true) continue;
    features[id] = id === 'encryption' ? '3des-aes' : true;
  }
  if (form.throughput !== '') features.throughput = form.throughput;
  const deployment =
    form.deployment === 'standalone' ? { mode: 'standalone' } : form.deployment === 'cluster' ? { mode: 'cluster', units: form.clusterUnits } : { mode: 'failover', failover: form.deployment };
  if (form.deployment === 'active-active') features.failover = 'active-active';
  return {
    format: 'asa-license-needs/1',
    deployment,
    licensing: form.licensing,
    ...(form.software.trim() === '' ? {} : { software: form.software.trim() }),
    ...(form.termYears === undefined ? {} : { termYears: form.termYears }),
    features,
  };
}

/** How many needs the form asks (the panel asks the engine only once there is one). */
export function needCount(form: NeedsForm): number {
  return Object.keys(form.numbers).filter((k) => form.numbers[k as NumberNeed] !== undefined).length + Object.values(form.toggles).filter(Boolean).length + (form.throughput === '' ? 0 : 1);
}
