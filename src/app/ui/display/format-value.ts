// How feature values read on screen. Presentation only: the values come from the engine.
import type { FeatureValue } from '../../../engine/index';

const WORDS: Record<string, string> = {
  unsupported: 'Not supported',
  des: 'Base (DES)',
  '3des-aes': 'Strong (3DES/AES)',
  'active-standby': 'Active/Standby',
  'active-active': 'Active/Active',
  server: 'Server',
  participant: 'Participant',
};

const numberFormat = new Intl.NumberFormat('en-US');

export function formatValue(value: FeatureValue | undefined): string {
  if (value === undefined) return '—';
  if (value === true) return 'Enabled';
  if (value === false) return 'Disabled';
  if (typeof value === 'number') return numberFormat.format(value);
  return WORDS[value] ?? value;
}

/** A value as plain text for sorting and filtering (numbers keep their order). */
export function valueSortKey(value: FeatureValue | undefined): number | string {
  if (value === undefined) return -2;
  if (typeof value === 'number') return value;
  if (value === true) return 1;
  if (value === false) return 0;
  return value === 'unsupported' ? -1 : value;
}
