// One Smart-licensed unit from show license all / show version / show running-config license.
import { ASAV_SPEC } from '../catalog/smart/asav';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { SmartUnit } from '../plan/schema';
import type { SmartModelId, Throughput } from '../types';
import { keepObserved } from './observed-values';
import { SMART_CITE } from './smart-lines';
import type { DeviceFacts, ImportIssue, SmartEntitlementName } from './types';

type Entitlements = SmartUnit['smart']['entitlements'];

const FEATURE_ROW_ENTITLEMENT: Partial<Record<string, SmartEntitlementName>> = { carrier: 'carrier', 'security-contexts': 'contexts' };

export function readSmartUnit(d: DeviceFacts, modelId: SmartModelId, id: string): { unit: SmartUnit; issues: ImportIssue[] } {
  const model: SmartModel = SMART_MODELS[modelId];
  const issues: ImportIssue[] = [];
  const entitlements: Entitlements = { standard: true, contexts: 0, carrier: false, 'security-plus': false, 'strong-encryption': false };
  const accept = (name: SmartEntitlementName, line: number, text: string): boolean => {
    if (name === 'standard' || model.entitlements.includes(name)) return true;
    issues.push({
      severity: 'error',
      code: 'import-entitlement-not-offered',
      line,
      message: `line ${line}: "${text.trim()}" — the ${model.name} does not take the ${name} entitlement (it takes ${model.entitlements.join(', ')})`,
      cite: model.cite,
    });
    return false;
  };

  for (const e of d.smart.entitlements) {
    if (!accept(e.entitlement, e.line, e.text)) continue;
    if (e.entitlement === 'contexts') entitlements.contexts = typeof e.amount === 'number' ? e.amount : entitlements.contexts;
    else if (e.entitlement === 'throughput') entitlements.throughput = e.amount as Throughput;
    else if (e.entitlement !== 'standard') entitlements[e.entitlement] = true;
  }

  let carrierShown: (typeof d.own)[number] | undefined;
  // Without show license / the license configuration, read what the features block shows.
  if (d.smart.entitlements.length === 0) {
    for (const row of d.own) {
      const name = FEATURE_ROW_ENTITLEMENT[row.feature];
      if (name === 'carrier' && row.value === true) {
        if (!model.entitlements.includes('carrier') && model.features.carrier?.default === true) {
          // 001 §"ASA Virtual": "Carrier: Enabled" without a license; a licensed ASAv (pay-as-you-go, PLR) prints it.
          issues.push({
            severity: 'info',
            code: 'import-carrier-included',
            line: row.line,
            message: `line ${row.line}: "Carrier: Enabled" is the ${model.name} table value (no Carrier license exists for it); recorded as observed, no entitlement requested`,
            cite: model.features.carrier.cite,
          });
          carrierShown = row;
        } else if (accept('carrier', row.line, row.text)) entitlements.carrier = true;
      }
      if (name === 'contexts' && typeof row.value === 'number' && model.contexts && row.value > model.contexts.included) {
        entitlements.contexts = row.value - model.contexts.included;
        issues.push({
          severity: 'info',
          code: 'import-smart-contexts-from-row',
          line: row.line,
          message: `line ${row.line}: Security Contexts ${row.value} = ${model.contexts.included} included with the Standard license + a Context license for ${entitlements.contexts}`,
          cite: model.contexts.cite,
        });
      }
    }
    if (d.own.length > 0)
      issues.push({
        severity: 'info',
        code: 'import-smart-entitlements-from-rows',
        message: 'the output has no show license usage or license configuration; the entitlements are read from the features block',
        cite: SMART_CITE.monitoring,
      });
  }

  const strong = d.own.find((r) => r.feature === 'encryption' && r.value === '3des-aes');
  let exportControlled = d.smart.exportControlled?.value;
  if (exportControlled === undefined) {
    exportControlled = strong !== undefined && !entitlements['strong-encryption'];
    if (exportControlled)
      issues.push({
        severity: 'info',
        code: 'import-export-assumed',
        line: strong!.line,
        message: `line ${strong!.line}: strong encryption is enabled without a Strong Encryption entitlement; assumed the registration token allows export-controlled functionality`,
        cite: model.strongEncryption.cite,
      });
  }
  const method = d.smart.method?.value ?? 'regular';
  if (!d.smart.method)
    issues.push({
      severity: 'info',
      code: 'import-smart-method-assumed',
      message: 'the output does not show the registration status; assumed regular Smart Software Manager registration',
      cite: SMART_CITE.monitoring,
    });
  if (modelId === 'asav' && !entitlements.throughput && d.smart.entitlements.length === 0) {
    const level = asavThroughputFromRows(d.own);
    if (level) {
      entitlements.throughput = level.throughput;
      issues.push({
        severity: 'info',
        code: 'import-asav-throughput-from-rows',
        line: level.line,
        message: `no entitlement line (a pay-as-you-go unit prints none): the throughput entitlement is read from the features block — ${level.shown} match only the ${ASAV_SPEC.throughput[level.throughput].label} entitlement`,
        cite: SMART_CITE.asav,
      });
    }
  }
  if (modelId === 'asav' && !entitlements.throughput)
    issues.push({
      severity: 'warning',
      code: 'import-asav-throughput',
      message: 'no ASAv throughput entitlement (for example "ASAv-STD-1G" or "throughput level 1G") in the output; the plan has none',
      cite: SMART_CITE.asav,
    });

  const unit: SmartUnit = {
    id,
    model: modelId,
    ...(d.software ? { software: d.software.value } : {}),
    ...(modelId === 'asav' && d.memoryGB ? { memoryGB: d.memoryGB.value } : {}),
    ...(d.serial && /^[A-Za-z0-9]{1,40}$/.test(d.serial.value) ? { serial: d.serial.value } : {}),
    smart: { method, registeredDay: 0, exportControlled, entitlements },
  };
  if (carrierShown)
    keepObserved(unit, 'carrier', true, carrierShown.line, true, `the device prints Carrier Enabled, as the ${model.name} table gives (Carrier: Enabled, no Carrier license to request)`);
  return { unit, issues };
}

/** 001 §"ASA Virtual": the session limits each throughput entitlement sets; the one level all printed rows fit. */
function asavThroughputFromRows(rows: DeviceFacts['own']): { throughput: Throughput; line: number; shown: string } | null {
  const limits = (t: (typeof ASAV_SPEC.throughput)[Throughput]): Partial<Record<string, number>> => ({
    'anyconnect-peers': t.anyconnectPeers,
    'other-vpn-peers': t.otherVpnPeers,
    'total-vpn-peers': t.totalVpnPeers,
    'uc-proxy-sessions': t.tlsProxySessions,
  });
  const telling = rows.filter((r) => typeof r.value === 'number' && limits(ASAV_SPEC.throughput['1G'])[r.feature] !== undefined);
  if (telling.length === 0) return null;
  const fits = (Object.keys(ASAV_SPEC.throughput) as Throughput[]).filter((level) => telling.every((r) => limits(ASAV_SPEC.throughput[level])[r.feature] === r.value));
  if (fits.length !== 1) return null;
  return { throughput: fits[0]!, line: telling[0]!.line, shown: telling.map((r) => `${r.label} ${String(r.value)} (line ${r.line})`).join(', ') };
}

/** 001: in a failover pair only the active unit requests the entitlements it marks "primary". */
export function smartStandbyUnit(active: SmartUnit, id: string): { unit: SmartUnit; issues: ImportIssue[] } {
  const model = SMART_MODELS[active.model];
  const perUnit = (name: keyof Entitlements) => model.failover.requests[name as keyof typeof model.failover.requests] === 'each-unit';
  const e = active.smart.entitlements;
  const entitlements: Entitlements = {
    standard: true,
    contexts: perUnit('contexts') ? e.contexts : 0,
    carrier: perUnit('carrier') ? e.carrier : false,
    'security-plus': perUnit('security-plus') ? e['security-plus'] : false,
    'strong-encryption': perUnit('strong-encryption') ? e['strong-encryption'] : false,
    ...(e.throughput ? { throughput: e.throughput } : {}),
  };
  // The other unit's serial number is not in the output.
  const { serial: _serial, ...rest } = active;
  const unit: SmartUnit = { ...rest, id, smart: { ...active.smart, entitlements } };
  return {
    unit,
    issues: [
      {
        severity: 'warning',
        code: 'import-secondary-derived',
        unit: id,
        message: `unit "${id}" is not in the output: it is given the same model and registration, and only the entitlements each unit requests itself (${model.failover.text})`,
        cite: model.failover.cite,
      },
    ],
  };
}
