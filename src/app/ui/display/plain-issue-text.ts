// An engine issue in the words of the screen: the JSON path at the head of its message goes (the
// panel names the unit and field above it), other paths read as their field labels, raw values as
// the license table shows them, and each rule says what to do. Presentation only: the facts are
// the engine's message; the code and path stay on the issue for the details line and exports.
import type { Issue, Plan } from '../../../engine/index';
import { fieldName } from '../input/field-labels';
import { formatValue } from './format-value';

/** A plan path inside a message: `deployment.units[1].permanent.features.ips-module`, `events[3]`, `secureClient.demand.uniqueUsers`. */
const PATH = /\b(?:deployment(?:\.[A-Za-z][\w-]*|\[\d+\])+|events\[\d+\](?:\.[A-Za-z][\w-]*|\[\d+\])*|secureClient(?:\.[A-Za-z][\w-]*|\[\d+\])+)/g;
/** Quoted value words the table shows in its own words (format-value.ts). */
const QUOTED_VALUE = /"(unsupported|des|3des-aes|active-standby|active-active)"/g;
/** A bare JSON boolean where a value stands ("has false but … has true"). */
const BARE_BOOLEAN = /\b(has|have|is|to|of|=) (true|false)\b/g;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The message without the path or unit it starts with, paths and values in screen words. */
export function plainText(issue: Pick<Issue, 'message' | 'path' | 'unit'>, plan: Plan): string {
  let m = issue.message;
  if (issue.path && m.startsWith(`${issue.path}: `)) m = m.slice(issue.path.length + 2);
  else m = m.replace(/^(?:deployment|events|secureClient)[\w.[\]-]*: /, '');
  if (issue.unit !== undefined) {
    const u = escapeRe(issue.unit);
    m = m.replace(new RegExp(`^(?:Unit "${u}"|${u}): `), '');
    m = m.replace(new RegExp(`^Unit "${u}"`), 'The unit').replace(new RegExp(`\\bunit "${u}"`, 'g'), 'the unit');
  }
  m = m.replace(PATH, (p) => fieldName(plan, p).text ?? p);
  // "the unit has "des" but "fw-a" has "3des-aes"" (sameOnEveryUnit): the field, its value here and on the primary.
  const field = fieldName(plan, issue.path).field;
  const same = /^the unit has (.+?) but "([^"]+)" has (.+?); (.*)$/.exec(m);
  if (same && field !== undefined) m = `${field} is ${plainValue(same[1]!)}; on ${same[2]} it is ${plainValue(same[3]!)}. ${same[4]!.charAt(0).toUpperCase()}${same[4]!.slice(1)}.`;
  m = m.replace(QUOTED_VALUE, (_, v: string) => formatValue(v));
  m = m.replace(BARE_BOOLEAN, (_, verb: string, v: string) => `${verb} ${formatValue(v === 'true')}`);
  return m.charAt(0).toUpperCase() + m.slice(1);
}

/** A JSON value as the table shows it ("des" → Base (DES), false → Disabled, 3 → 3). */
function plainValue(json: string): string {
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return formatValue(v);
  } catch {
    // not JSON: shown as written
  }
  return json;
}

export interface ActionContext {
  /** The units the entry lists, in words ("fw-b and fw-c"). */
  units: string;
  /** The field's label without the unit, if one. */
  field?: string;
  /** The first unit of the plan (the primary or control unit). */
  primary?: string;
}

type Action = (c: ActionContext) => string;

/** What to do, by rule: the codes a plan commonly raises. Others fall back on the field to change. */
const ACTIONS: [RegExp, Action][] = [
  [/^units-need-same-/, (c) => `Set ${c.field ?? 'this license'} on ${c.units} to the same value as on ${c.primary ?? 'the primary unit'}.`],
  [/^(failover|cluster)-needs-/, (c) => `Change the License tier of ${c.units} to the tier named above.`],
  [/^cluster-license-missing$/, () => 'Add the Cluster license to the control unit (the first unit); data units inherit it.'],
  [/^(failover|cluster)-unsupported$/, (c) => `Choose another model for ${c.units}, or a standalone deployment.`],
  [/^cluster-too-many-units$/, () => 'Remove units, or choose a model or license that allows this many.'],
  [/^active-active-unsupported$/, () => 'Set Failover type to Active/Standby, or give the unit a tier that supports Active/Active.'],
  [/^failover-different-models$/, () => 'Use the same model on both units, or plan with the primary unit’s limits.'],
  [
    /^smart-encryption-des$/,
    (c) =>
      `If your Smart Account token allows export-controlled functionality, tick “Token allows export-controlled functionality” on ${c.units}; otherwise add the Strong Encryption (3DES/AES) entitlement.`,
  ],
  [/^smart-registration$/, (c) => `Register ${c.units} before the token expires, and let each call home at least every 90 days.`],
  [/-needs-strong-encryption$/, (c) => `Give ${c.units} the Strong Encryption (3DES/AES) license (Encryption, in the permanent license).`],
  [/^essentials-excludes-premium$/, (c) => `Disable AnyConnect Essentials on ${c.units} to use Premium.`],
  [/^evaluation-key-blocks-activation$/, () => 'Deactivate the evaluation key first, or activate this key after the evaluation key runs out.'],
  [/^renewal-needed$/, () => 'Order the renewal by the date given and install it before the key runs out (identical keys stack).'],
  [/^requirement-broken$/, (c) => `Renew or extend the key on ${c.units} before that day, so the pair or cluster keeps meeting its requirements.`],
  [/^link-down-reverted$/, () => 'Restore communication within 30 days, or plan for each unit to run on its own license.'],
  [/^event-key-expired$/, () => 'Remove the event or move it before the key expires.'],
];

export function actionFor(code: string, severity: Issue['severity'], c: ActionContext): string {
  for (const [re, action] of ACTIONS) if (re.test(code)) return action(c);
  if (severity === 'info') return 'Nothing to change: this is for your information.';
  if (c.field) return c.units ? `Change ${c.field} on ${c.units}.` : `Change ${c.field}.`;
  return 'Change the plan as the message says.';
}

/** "fw-a", "fw-a and fw-b", "fw-a, fw-b and fw-c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
