// A plan path's on-screen name: the unit it belongs to and the label its field carries in the
// editors ("fw-b · IPS Module"). One place for the words the Issues panel and the unapplied-input
// list use for a field; the editors show the same labels (the catalog's feature labels, and the
// fixed labels below, as written beside each field).
import { catalog } from '../../../engine/catalog/index';
import type { FeatureId, Plan } from '../../../engine/index';

const UNIT = /^deployment\.units\[(\d+)\](.*)$/;

/** Fixed labels of plan-level fields, as the plan settings and deployment cards show them. */
const PLAN_FIELDS: Record<string, string> = {
  name: 'Name',
  startDate: 'Start date (day 0)',
  horizonDays: 'Horizon (days)',
  purchaseLeadDays: 'Purchase lead time (days)',
  'deployment.mode': 'Mode',
  'deployment.failover': 'Failover type',
  'deployment.contextMode': 'Context mode',
  'deployment.units': 'Units',
  events: 'Events',
  secureClient: 'Secure Client',
  'secureClient.demand': 'Secure Client · Demand',
  'secureClient.shared': 'Secure Client · Shared licensing',
};

/** Fixed labels of a unit's fields, by the path after `deployment.units[i]` (unit editor, Smart editor). */
const UNIT_FIELDS: Record<string, string> = {
  '.id': 'Unit id',
  '.software': 'Software version',
  '.model': 'Model',
  '.permanent': 'Permanent license',
  '.permanent.tier': 'License tier',
  '.timeBased': 'Time-based keys',
  '.memoryGB': 'Memory (GB)',
  '.vcpus': 'vCPUs',
  '.smart': 'Smart Licensing',
  '.smart.method': 'Method',
  '.smart.registeredDay': 'Registered',
  '.smart.exportControlled': 'Token allows export-controlled functionality',
  '.smart.entitlements': 'Entitlements',
  '.smart.entitlements.standard': 'Standard',
  '.smart.entitlements.security-plus': 'Security Plus',
  '.smart.entitlements.carrier': 'Carrier',
  '.smart.entitlements.strong-encryption': 'Strong Encryption (3DES/AES)',
  '.smart.entitlements.contexts': 'Contexts the deployment must run',
  '.smart.entitlements.throughput': 'Throughput',
};

/** A time-based key's fields (key editor). */
const KEY_FIELDS: Record<string, string> = {
  '.id': 'Key id',
  '.active': 'Activated when installed',
  '.evaluation': 'Evaluation key',
  '.installDay': 'Installed',
  '.days': 'Duration',
  '.note': 'Note',
};

const featureLabel = (id: string): string => catalog.features[id as FeatureId]?.label ?? id;

/** The label of a unit's field, without the unit: undefined for the unit itself or a path the editors do not show. */
function unitFieldLabel(plan: Plan, unitIndex: number, rest: string): string | undefined {
  if (rest === '') return undefined;
  const fixed = UNIT_FIELDS[rest];
  if (fixed !== undefined) return fixed;
  const feature = /^\.permanent\.features\.([\w-]+)$/.exec(rest);
  if (feature) return featureLabel(feature[1]!);
  const key = /^\.timeBased\[(\d+)\](.*)$/.exec(rest);
  if (key) {
    const unit = plan.deployment.units[unitIndex];
    const id = unit !== undefined && 'timeBased' in unit ? unit.timeBased[Number(key[1])]?.id : undefined;
    const name = `Key ${id ?? Number(key[1]) + 1}`;
    const tail = key[2]!;
    if (tail === '') return name;
    const keyFeature = /^\.features\.([\w-]+)$/.exec(tail);
    const field = keyFeature ? featureLabel(keyFeature[1]!) : KEY_FIELDS[tail];
    return field === undefined ? name : `${name} · ${field}`;
  }
  return undefined;
}

/** A Secure Client field: its section and its own name in words (`secureClient.demand.uniqueUsers` → "Secure Client · Unique users"). */
function secureClientLabel(path: string): string {
  const last = /([A-Za-z]+)\]?$/.exec(path)?.[1] ?? '';
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `Secure Client · ${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

export interface FieldName {
  /** The unit's id when the path is inside a unit. */
  unit?: string;
  /** The field's label, without the unit. */
  field?: string;
  /** Both, as the panel shows them: "fw-b · IPS Module", "fw-b", "Start date (day 0)". */
  text?: string;
}

export function fieldName(plan: Plan, path: string | undefined): FieldName {
  if (path === undefined || path === '') return {};
  const m = UNIT.exec(path);
  if (m) {
    const index = Number(m[1]);
    const unit = plan.deployment.units[index]?.id;
    const field = unitFieldLabel(plan, index, m[2]!);
    const text = [unit, field].filter(Boolean).join(' · ');
    return { ...(unit !== undefined ? { unit } : {}), ...(field !== undefined ? { field } : {}), ...(text !== '' ? { text } : {}) };
  }
  const event = /^events\[(\d+)\]/.exec(path);
  const field = PLAN_FIELDS[path] ?? (event ? `Event ${Number(event[1]) + 1}` : path.startsWith('secureClient.') ? secureClientLabel(path) : undefined);
  return field === undefined ? {} : { field, text: field };
}

/** "fw-b · " for a path inside a unit, for labels read off the screen (describe-field.ts). */
export function unitPrefix(plan: Plan, path: string | undefined): string {
  const unit = fieldName(plan, path).unit;
  return unit === undefined ? '' : `${unit} · `;
}
