// renderShowVersion: a unit's running license (or a failover pair's combined license) as the ASA
// prints it in show version / show activation-key. Every figure comes from the evaluate result.
import { PAK_MODELS } from '../catalog/pak/index';
import { isPakModelId } from '../catalog/lookup';
import type { PakModel } from '../catalog/types';
import type { Plan, Unit } from '../plan/schema';
import type { EvaluateResult, KeyStatus, Provenance } from '../result';
import type { FeatureId, License, ModelId, TierId } from '../types';
import { formatRow, labelsFor, rowsFor, type Row } from './show-version-rows';

export interface RenderOptions {
  /** The unit to show; the first unit (the primary) by default. */
  unit?: string;
  /** Show only the failover pair's combined license (result.running). */
  combined?: boolean;
  /** Append the time-based key listing of show activation-key (on by default for PAK units). */
  keyListing?: boolean;
}

/** The name the Hardware: line gives the model. */
export function hardwareName(model: ModelId): string {
  if (model === 'asasm') return 'WS-SVC-ASA-SM1';
  if (model === 'isa-3000') return 'ISA-3000';
  if (model === 'asav') return 'ASAv';
  const ssp = /^asa-5585-x-ssp-(\d+)$/.exec(model);
  if (ssp) return `ASA5585-SSP-${ssp[1]}`;
  const asa = /^asa-(\d{4})([wh]?)-x$/.exec(model);
  if (asa) return `ASA${asa[1]}${(asa[2] ?? '').toUpperCase()}`;
  const sm = /^fpr-9300-sm-(\d+)$/.exec(model);
  if (sm) return `FPR9K-SM-${sm[1]}`;
  return model.toUpperCase();
}

/** "This platform has a … license." — single-tier ASA 5500-X models print their VPN Premium name. */
export function platformLicenseLine(model: PakModel, tier: TierId): string {
  if (Object.keys(model.tiers).length > 1) return tier === 'security-plus' ? 'This platform has a Security Plus license.' : 'This platform has a Base license.';
  const midrange = /^asa-(5515|5525|5545|5555)-x$/.exec(model.id);
  return midrange ? `This platform has an ASA ${midrange[1]} VPN Premium license.` : 'This platform has a Base license.';
}

type ProvenanceMap = Partial<Record<FeatureId, Provenance>>;

/** Remaining days of the active keys a feature's value comes from; null when it is perpetual. */
function keyDays(result: EvaluateResult, unit: string, provenance: ProvenanceMap | undefined, feature: FeatureId): number | null {
  const p = provenance?.[feature];
  if (!p || p.source !== 'time-based') return null;
  const ids = new Set((p.keys ?? []).filter((k) => k !== 'permanent'));
  const days = result.keys.filter((k) => k.unit === unit && ids.has(k.key) && k.state === 'active').map((k) => k.remainingDays);
  return days.length ? Math.min(...days) : null;
}

/** The combined block prints the shortest time-based license of either unit (000 §"Monitoring PAK Licenses"). */
function combinedDays(result: EvaluateResult, feature: FeatureId): number | null {
  const units = result.provenance.running[feature]?.units ?? Object.keys(result.units);
  const days = units.map((u) => keyDays(result, u, result.provenance.units[u], feature)).filter((d): d is number => d !== null);
  return days.length ? Math.min(...days) : null;
}

function block(heading: string, rows: Row[], duration: ((f: FeatureId) => number | null) | null): string[] {
  return [
    heading,
    ...rows.map((r) => {
      if (duration === null) return formatRow(r.label, r.value);
      const d = duration(r.feature);
      return formatRow(r.label, r.value, d === null ? 'perpetual' : `${d} days`);
    }),
  ];
}

function keyHeader(key: KeyStatus, unit: Unit): string {
  const stored = 'timeBased' in unit ? unit.timeBased.find((k) => k.id === key.key)?.note : undefined;
  const hex = /0x[0-9a-f]{1,8}(?:\s+0x[0-9a-f]{1,8}){4}/i.exec(stored ?? '')?.[0];
  return hex ?? `Planned time-based key "${key.key}"`;
}

export function renderShowVersion(result: EvaluateResult, plan: Plan, options: RenderOptions = {}): string {
  const units = plan.deployment.units;
  const unit = options.unit === undefined ? units[0] : units.find((u) => u.id === options.unit);
  if (!unit) return `ERROR: unit "${options.unit ?? ''}" is not in the plan\n`;
  const pak = isPakModelId(unit.model) && 'permanent' in unit;
  const model = pak ? PAK_MODELS[unit.model as keyof typeof PAK_MODELS] : null;
  const tier: TierId = 'permanent' in unit ? unit.permanent.tier : 'base';
  const rowOptions = {
    labels: labelsFor(unit.software),
    carrierFeature: pak ? ('gtp-gprs' as const) : ('carrier' as const),
    noPayloadEncryption: 'noPayloadEncryption' in unit && unit.noPayloadEncryption === true,
  };
  const rows = (license: License | undefined) => rowsFor(license ?? {}, rowOptions);
  const pair = plan.deployment.mode === 'failover' && units.length > 1;
  const out: string[] = [];

  if (unit.software) out.push(`Cisco Adaptive Security Appliance Software Version ${unit.software}${plan.deployment.contextMode === 'multiple' ? ' <system>' : ''}`, '');
  out.push(`Hardware:   ${hardwareName(unit.model)}`, '');
  if (!pak) out.push('License mode: Smart Licensing', '');

  if (!options.combined) {
    const provenance = result.provenance.units[unit.id];
    out.push(...block('Licensed features for this platform:', rows(result.units[unit.id]), pak ? (f) => keyDays(result, unit.id, provenance, f) : null), '');
    if (model) out.push(platformLicenseLine(model, tier), '');
  }
  if (pair || options.combined) {
    out.push(...block(pair ? 'Failover cluster licensed features for this platform:' : 'Licensed features for this platform:', rows(result.running), pak ? (f) => combinedDays(result, f) : null), '');
    if (model) out.push(platformLicenseLine(model, tier), '');
  }

  // The serial number and permanent key kept from an import (plan extensions serial, activationKey),
  // where show version prints them: after the license blocks, before the key listing.
  if (!options.combined && unit.serial !== undefined) out.push(`Serial Number: ${unit.serial}`);
  if (!options.combined && 'activationKey' in unit && unit.activationKey !== undefined) out.push(`Running Permanent Activation Key: ${unit.activationKey}`);
  if (!options.combined && unit.serial !== undefined) out.push('');
  if (pak && !options.combined && options.keyListing !== false) {
    const mine = result.keys.filter((k) => k.unit === unit.id && k.installed && k.state !== 'expired' && k.mergedInto === undefined);
    for (const [heading, state] of [
      ['Active Timebased Activation Key:', 'active'],
      ['Inactive Timebased Activation Key:', 'inactive'],
    ] as const) {
      const keys = mine.filter((k) => k.state === state);
      if (keys.length === 0) continue;
      out.push(heading);
      keys.forEach((k, i) => {
        if (i > 0) out.push('');
        out.push(
          keyHeader(k, unit),
          ...rowsFor(k.features, rowOptions)
            .filter((r) => r.label !== rowOptions.labels.des)
            .map((r) => formatRow(r.label, r.value, `${k.remainingDays} days`)),
        );
      });
      out.push('');
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
