// A unit's own license as the simulation runs, and the stretch it opens when that changes: the
// permanent license with each active key's features combined on top (000 §"How Permanent and
// Time-Based Licenses Combine", rules/combine-permanent-and-time-based.ts), then the hardware
// variant's caps (rules/hardware-variants.ts).
import type { TierSpec } from '../catalog/types';
import { FEATURE_IDS, type FeatureId, type FeatureValue, type License } from '../types';
import { combinedValue, combinePermanentAndTimeBased } from '../rules/combine-permanent-and-time-based';
import { applyHardwareVariant } from '../rules/hardware-variants';
import type { PermanentLicense } from '../rules/permanent-license';
import type { FeatureProvenance } from '../unit-timeline';
import { newStretch, type SimState } from './sim-state';
import type { SimKey, SimUnit } from './sim-types';

const NO_KEYS: readonly SimKey[] = [];

/**
 * What an active key makes of its features on top of a permanent license, as [feature, value, …].
 * Kept on the key for the permanent license it was worked out for: a key stays active over many of
 * its unit's changes.
 */
function runningValues(k: SimKey, permanent: PermanentLicense, tier: TierSpec): FeatureValue[] {
  if (k.valuesFor === permanent) return k.values;
  const values: FeatureValue[] = [];
  for (const f of k.featureIds as FeatureId[]) {
    const spec = tier.features[f];
    const perm = permanent.license[f];
    if (spec && perm !== undefined) values.push(f, combinedValue(f, spec, perm, k.features[f]!));
  }
  k.valuesFor = permanent;
  k.values = values;
  return values;
}

/** The unit's own license now; the explanation is a thunk over a snapshot, built only if asked for. */
function ownLicense(unit: SimUnit): { license: License; provenance: () => FeatureProvenance } {
  const { permanent, tier, variant } = unit;
  const license: License = { ...permanent.license };
  const active = unit.activeKeys.length === 0 ? NO_KEYS : unit.activeKeys.slice();
  for (const k of active) {
    const values = runningValues(k, permanent, tier);
    for (let i = 0; i < values.length; i += 2) license[values[i] as FeatureId] = values[i + 1]!;
  }
  const hasVariant = variant.partSuffix === 'K8' || variant.noPayloadEncryption === true;
  const beforeVariant = hasVariant ? { ...license } : license;
  if (hasVariant) applyHardwareVariant(variant, license);
  const provenance = (): FeatureProvenance => {
    const out: FeatureProvenance = { ...permanent.provenance };
    for (const k of active) {
      for (const [f, value] of Object.entries(k.features) as [FeatureId, FeatureValue][]) {
        const spec = tier.features[f];
        const perm = permanent.provenance[f];
        if (spec && perm) out[f] = combinePermanentAndTimeBased(f, spec, perm, k.id, value);
      }
    }
    if (hasVariant) applyHardwareVariant(variant, beforeVariant, out);
    return out;
  };
  return { license, provenance };
}

/** Same features with the same values (licenses are small flat records). */
export function sameLicense(a: License, b: License): boolean {
  let n = 0;
  for (const k in a) {
    if (!Object.is(a[k as FeatureId], b[k as FeatureId])) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}

/**
 * The features in which the unit's license differs from `before`, as bits, or -1 when every
 * feature has to be compared. With the same permanent license only features of a key active then
 * or now can differ (the hardware variant caps feature by feature), so a step compares a handful, not all.
 */
function changedSince(unit: SimUnit, before: License, now: License): number {
  const previous = unit.lastActiveMask;
  let current = 0;
  for (const k of unit.activeKeys) current |= k.featureMask;
  unit.lastActiveMask = current;
  if (unit.permanentChanged) {
    unit.permanentChanged = false;
    return sameLicense(before, now) ? 0 : -1;
  }
  let changed = 0;
  for (let i = 0, candidates = previous | current; candidates !== 0; i++, candidates >>>= 1) {
    const f = FEATURE_IDS[i]!;
    if (candidates & 1 && !Object.is(before[f], now[f])) changed |= 1 << i;
  }
  return changed;
}

/** Each unit whose license may have changed in the step of `day` opens a stretch if it did (or its power did). */
export function recordStretches(s: SimState, day: number): void {
  const { units, record } = s;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!unit.dirty) continue;
    unit.dirty = false;
    const { license, provenance } = ownLicense(unit);
    const last = record.stretches[i]!.at(-1);
    const changed = last ? changedSince(unit, last.license, license) : -1;
    if (last && changed === 0 && last.poweredOff === unit.poweredOff) continue;
    if (last) last.to = day;
    record.stretch(i, newStretch(day, license, provenance, changed === -1 ? undefined : changed, unit.poweredOff));
  }
}
