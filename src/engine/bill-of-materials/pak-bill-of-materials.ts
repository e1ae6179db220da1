// What a plan's PAK units need ordered: the optional licenses of each permanent key (000 §"Order
// License PAKs and Obtain an Activation Key": "You need a separate Product Authorization Key for each
// feature license"; the Base or Security Plus license is pre-installed) and the time-based keys.
// 000 gives no PIDs for them: the lines name the license option as the model tables print it.
import { featureLabel } from '../catalog/features';
import { isPakModelId, pakModel, pakTier } from '../catalog/lookup';
import type { PakUnit, Plan } from '../plan/schema';
import { areIdenticalKeys } from '../rules/key-identity';
import type { FeatureId, FeatureValue } from '../types';
import type { OrderLine } from './types';

const ORDER_CITE = '000 §"Order License PAKs and Obtain an Activation Key"';
const TIME_BASED_CITE = '000 §"Time-Based Licenses"';
const WORDS: Record<string, string> = { des: 'DES', '3des-aes': 'Strong Encryption (3DES/AES)', 'active-standby': 'Active/Standby', 'active-active': 'Active/Active' };

function valueText(value: FeatureValue): string {
  if (value === true) return 'enabled';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (value === false) return 'disabled';
  return WORDS[value] ?? value;
}

/** "Security Contexts 20", "Botnet Traffic Filter", "Encryption Strong Encryption (3DES/AES)". */
function optionName(features: Readonly<Record<string, FeatureValue>>): string {
  return Object.entries(features)
    .map(([f, v]) => (v === true ? featureLabel(f as FeatureId) : `${featureLabel(f as FeatureId)} ${valueText(v)}`))
    .join(' + ');
}

const isPak = (u: Plan['deployment']['units'][number]): u is PakUnit => 'permanent' in u;

function permanentLines(u: PakUnit): OrderLine[] {
  if (!isPakModelId(u.model)) return [];
  const model = pakModel(u.model);
  const tier = pakTier(model, u.permanent.tier);
  const lines: OrderLine[] = [];
  const base = pakTier(model, 'base');
  if (u.permanent.tier !== 'base' && tier !== undefined && base !== undefined) {
    lines.push({
      kind: 'pak-permanent',
      pid: `${tier.name} license`,
      isPid: false,
      quantity: 1,
      for: `${model.name}: the ${tier.name} tier in the permanent key`,
      term: null,
      units: [u.id],
      cite: `${ORDER_CITE}; ${model.cite}`,
    });
  }
  for (const [feature, value] of Object.entries(u.permanent.features)) {
    const spec = tier?.features[feature as FeatureId];
    if (spec !== undefined && spec.default === value) continue;
    const name = optionName({ [feature]: value });
    lines.push({
      kind: 'pak-permanent',
      pid: `${name} license`,
      isPid: false,
      quantity: 1,
      for: `${model.name}: ${name} in the permanent key`,
      term: null,
      units: [u.id],
      cite: `${ORDER_CITE}; ${spec?.cite ?? model.cite}`,
    });
  }
  return lines;
}

/** Identical keys (000 §"Stacking Time-Based Licenses") of the same duration make one line with a quantity. */
function timeBasedLines(units: readonly PakUnit[]): OrderLine[] {
  type Group = { key: PakUnit['timeBased'][number]; line: OrderLine };
  const groups: Group[] = [];
  // Identical keys share their duration, kind and feature names: only the groups of that bucket are
  // compared (a scan of every group made 2,000 keys cost a quarter of a second, issue 25).
  const buckets = new Map<string, Group[]>();
  for (const u of units) {
    const model = isPakModelId(u.model) ? pakModel(u.model) : undefined;
    for (const key of u.timeBased) {
      const bucketKey = `${key.days}|${key.evaluation}|${Object.keys(key.features).sort().join('|')}`;
      let bucket = buckets.get(bucketKey);
      if (bucket === undefined) buckets.set(bucketKey, (bucket = []));
      const same = bucket.find((g) => areIdenticalKeys(g.key, key));
      if (same) {
        same.line.quantity += 1;
        if (!same.line.units.includes(u.id)) same.line.units.push(u.id);
        continue;
      }
      const name = optionName(key.features);
      const what = key.evaluation ? `Evaluation key: ${name} (requested from Cisco, not bought)` : `Time-based key: ${name}`;
      const group: Group = {
        key,
        line: {
          kind: 'pak-time-based',
          pid: `${name} ${key.days}-day key`,
          isPid: false,
          quantity: 1,
          for: model ? `${what} on the ${model.name}` : what,
          term: `${key.days} days`,
          units: [u.id],
          cite: `${TIME_BASED_CITE}; ${ORDER_CITE}`,
        },
      };
      groups.push(group);
      bucket.push(group);
    }
  }
  return groups.map((g) => g.line);
}

export function pakBillOfMaterials(plan: Plan): OrderLine[] {
  const units = plan.deployment.units.filter(isPak);
  return [...units.flatMap(permanentLines), ...timeBasedLines(units)];
}
