// Which model a line names: the `Hardware:` line of show version, the UDI of show license,
// and the model in "This platform has an ASA 5545 VPN Premium license."
import { PAK_MODEL_IDS, SMART_MODEL_IDS, type ModelId, type PakModelId, type SmartModelId, type TierId } from '../types';
import type { ModelClue } from './types';

const SMART_NUMBERED: Readonly<Record<string, SmartModelId>> = Object.fromEntries(SMART_MODEL_IDS.filter((id) => /^fpr-\d{4}$/.test(id)).map((id) => [id.slice(4), id]));

/** Firepower 4100 security modules as the ASA names them (FPR4K-SM-nn). */
const FPR4K_MODULES: Readonly<Record<string, SmartModelId>> = { '12': 'fpr-4110', '24': 'fpr-4120', '36': 'fpr-4140', '44': 'fpr-4150' };

/** PAK hardware names: ASA5545, ASA5506W, ASA5585-SSP-20, ISA-3000-2C2F, the ASASM. */
function pakHardware(token: string): PakModelId | null {
  const t = token.toUpperCase();
  const m = /^ASA-?(55\d\d)(W|H)?(?:-X)?(?:-SSP-?(10|20|40|60))?$/.exec(t);
  if (m) {
    const [, num, variant, ssp] = m;
    if (num === '5585') return ssp ? (`asa-5585-x-ssp-${ssp}` as PakModelId) : null;
    const id = `asa-${num}${(variant ?? '').toLowerCase()}-x`;
    return (PAK_MODEL_IDS as readonly string[]).includes(id) ? (id as PakModelId) : null;
  }
  if (/^(WS-SVC-ASA-SM\d?|ASA-?SM\d?|ASASM)$/.test(t)) return 'asasm';
  if (/^ISA-?3000(-[A-Z0-9]+)?$/.test(t)) return 'isa-3000';
  return null;
}

function smartHardware(token: string): SmartModelId | null {
  const t = token.toUpperCase();
  if (/^ASAV\d*$/.test(t)) return 'asav';
  const fpr = /^FPR-?(\d{4})$/.exec(t);
  if (fpr && fpr[1] && Object.hasOwn(SMART_NUMBERED, fpr[1])) return SMART_NUMBERED[fpr[1]]!;
  const sm4 = /^FPR4K-SM-(\d+)$/.exec(t);
  if (sm4 && sm4[1] && Object.hasOwn(FPR4K_MODULES, sm4[1])) return FPR4K_MODULES[sm4[1]]!;
  const sm9 = /^FPR(?:9K|-9300)-SM-(\d+)$/.exec(t);
  if (sm9 && sm9[1]) {
    const id = `fpr-9300-sm-${sm9[1]}`;
    if ((SMART_MODEL_IDS as readonly string[]).includes(id)) return id as SmartModelId;
  }
  return null;
}

/** A hardware or PID token that names a model the catalog does not have (ASA 5505 … 5580, PIX, FWSM). */
const OUTSIDE_CATALOG = /^(ASA-?55(05|10|20|40|50|80)(-\d+)?|PIX|WS-SVC-FWM|FPR4K-SM|FPR9K-SM|FPR-?\d{4})/i;

export function modelFromToken(token: string): ModelId | null {
  return pakHardware(token) ?? smartHardware(token);
}

function clue(line: number, text: string, label: string, model: ModelId | null, candidates: readonly ModelId[] = model ? [model] : []): ModelClue {
  return model === null && candidates.length === 0 ? { line, text, label, model, candidates, unsupported: true } : { line, text, label, model, candidates };
}

/** `Hardware:   ASA5545, 8192 MB RAM, …` */
export function hardwareClue(line: number, text: string): ModelClue | null {
  const m = /^\s*Hardware:\s+([A-Za-z0-9][A-Za-z0-9-]*)/.exec(text);
  if (!m || !m[1]) return null;
  const model = modelFromToken(m[1]);
  if (model) return clue(line, text, m[1], model);
  if (/^ASA5585/i.test(m[1]))
    return clue(
      line,
      text,
      m[1],
      null,
      PAK_MODEL_IDS.filter((id) => id.startsWith('asa-5585')),
    );
  return OUTSIDE_CATALOG.test(m[1]) || /^[A-Za-z]/.test(m[1]) ? clue(line, text, m[1], null) : null;
}

/** `UDI: PID:FPR-2130,SN:JAD…` (show license udi / show license all). */
export function udiClue(line: number, text: string): { clue: ModelClue; serial?: string } | null {
  const m = /\bPID:\s*([A-Za-z0-9-]+)\s*(?:,\s*SN:\s*([A-Za-z0-9]+))?/.exec(text);
  if (!m || !m[1]) return null;
  const model = modelFromToken(m[1]);
  return { clue: clue(line, text, m[1], model), ...(m[2] ? { serial: m[2] } : {}) };
}

/** `Model Id:   ASAv10` (ASAv show version). */
export function modelIdClue(line: number, text: string): ModelClue | null {
  const m = /^\s*Model Id:\s+(ASAv\d*)\s*$/i.exec(text);
  return m && m[1] ? clue(line, text, m[1], 'asav') : null;
}

export interface PlatformLine {
  tier: TierId | null;
  clue: ModelClue | null;
}

/**
 * "This platform has a Base license." / "…has an ASA 5545 VPN Premium license." /
 * "…has an ASA5512 Security Plus license." The tier is null for names without a tier
 * (VPN Premium, VPN Plus: the single-tier models' Base license).
 */
export function platformLine(line: number, text: string): PlatformLine | null {
  const t = text.trim();
  const head = /^This platform has (?:an? )?/i.exec(t);
  const tail = /\slicense\.?$/i.exec(t);
  if (!head || !tail || tail.index <= head[0].length) return null;
  const name = t.slice(head[0].length, tail.index).trim();
  const tier: TierId | null = /security\s*plus/i.test(name) ? 'security-plus' : /\bbase\b/i.test(name) ? 'base' : null;
  const asa = /\bASA\s?(55\d\d)(W|H)?(?:-X)?\b/i.exec(name);
  let found: ModelClue | null = null;
  if (asa && asa[1]) {
    // The line names the platform number only; the 5506 line covers the 5506W-X and 5506H-X too.
    const prefix = `asa-${asa[1]}${(asa[2] ?? '').toLowerCase()}`;
    const candidates = PAK_MODEL_IDS.filter((id) => id.startsWith(prefix));
    const model = candidates.length === 1 ? candidates[0]! : null;
    found = candidates.length === 0 ? clue(line, text, `ASA ${asa[1]}${asa[2] ?? ''}`, null) : clue(line, text, `ASA ${asa[1]}${asa[2] ?? ''}`, model, candidates);
  }
  return { tier, clue: found };
}
