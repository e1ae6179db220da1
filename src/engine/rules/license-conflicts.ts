// Checks of a unit's running license that hold whatever the day: incompatible licenses and
// licenses that need Strong Encryption to do their job.
import { PAK_MODELS } from '../catalog/pak/index';
import { isPakModelId } from '../catalog/lookup';
import type { CatalogNote } from '../catalog/types';
import type { Plan } from '../plan/schema';
import type { Issue, License } from '../types';
import type { LicenseStretch } from '../unit-timeline';
import { phoneProxyNote } from './phone-proxy-note';

const ESSENTIALS_CITE = '000 §"Additional Guidelines"';
const BOTNET_CITE = '000 §"Botnet Traffic Filter License"';
const VPN_LB_CITE = '000 §"VPN Load Balancing"';

/** `notes`: the unit's model's catalog notes (the Phone Proxy note is only on the models whose table carries it). */
export function licenseConflicts(unit: string, license: License, day: number, notes: readonly CatalogNote[] = []): Issue[] {
  const issues: Issue[] = [];
  const des = license.encryption === 'des';
  if (license['anyconnect-essentials'] === true) {
    const premium = typeof license['anyconnect-peers'] === 'number' && license['anyconnect-peers'] > 0;
    const shared = license['shared-license'] === 'server' || license['shared-license'] === 'participant';
    if (premium || shared) {
      issues.push({
        severity: 'warning',
        code: 'essentials-excludes-premium',
        message: `Unit "${unit}" has AnyConnect Essentials with ${[premium ? 'AnyConnect Premium' : '', shared ? 'a shared AnyConnect Premium license' : ''].filter(Boolean).join(' and ')}: Essentials is incompatible with Premium, shared Premium and Advanced Endpoint Assessment, and is used instead of them until it is disabled in the configuration`,
        unit,
        day,
        cite: ESSENTIALS_CITE,
      });
    }
  }
  if (license['botnet-traffic-filter'] === true && des) {
    issues.push({
      severity: 'warning',
      code: 'botnet-needs-strong-encryption',
      message: `Unit "${unit}" has the Botnet Traffic Filter without the Strong Encryption (3DES/AES) license, which it needs to download the dynamic database`,
      unit,
      day,
      feature: 'botnet-traffic-filter',
      cite: BOTNET_CITE,
    });
  }
  if (license['vpn-load-balancing'] === true && des) {
    issues.push({
      severity: 'warning',
      code: 'vpn-load-balancing-needs-strong-encryption',
      message: `Unit "${unit}" has VPN Load Balancing but no Strong Encryption (3DES/AES) license, which VPN load balancing requires`,
      unit,
      day,
      feature: 'vpn-load-balancing',
      cite: VPN_LB_CITE,
    });
  }
  const phoneProxy = phoneProxyNote(notes, unit, license, day);
  if (phoneProxy) issues.push(phoneProxy);
  return issues;
}

/** Every unit's conflicts over its stretches, each (code, unit) once: from the first day it shows. */
export function licenseConflictsOverTime(plan: Plan, unitIds: readonly string[], unitStretches: Record<string, LicenseStretch[]>): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const id of unitIds) {
    const model = plan.deployment.units.find((u) => u.id === id)?.model;
    const notes = model !== undefined && isPakModelId(model) ? PAK_MODELS[model].notes : [];
    for (const s of unitStretches[id]!) {
      for (const issue of licenseConflicts(id, s.license, s.from, notes)) {
        const k = `${issue.code}|${id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(issue);
      }
    }
  }
  return out;
}
