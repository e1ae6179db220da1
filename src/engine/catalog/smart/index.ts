import type { SmartModelId } from '../../types';
import { SMART_MODEL_IDS } from '../../types';
import { asav } from './asav';
import { fpr1010 } from './firepower-1010';
import { fpr1120, fpr1140, fpr1150 } from './firepower-1100';
import { fpr2110, fpr2120, fpr2130, fpr2140 } from './firepower-2100';
import { fpr4110, fpr4112, fpr4115, fpr4120, fpr4125, fpr4140, fpr4145, fpr4150 } from './firepower-4100';
import { fpr9300Sm24, fpr9300Sm36, fpr9300Sm40, fpr9300Sm44, fpr9300Sm48, fpr9300Sm56 } from './firepower-9300';
import { fpr3110, fpr3120, fpr3130, fpr3140 } from './secure-firewall-3100';
import type { SmartModel } from './types';

export type { SmartModel } from './types';
export { ASAV_SPEC } from './asav';
export { SMART_COMMUNICATION } from './communication';

export const SMART_MODELS: Readonly<Record<SmartModelId, SmartModel>> = {
  asav,
  'fpr-1010': fpr1010,
  'fpr-1120': fpr1120,
  'fpr-1140': fpr1140,
  'fpr-1150': fpr1150,
  'fpr-2110': fpr2110,
  'fpr-2120': fpr2120,
  'fpr-2130': fpr2130,
  'fpr-2140': fpr2140,
  'fpr-3110': fpr3110,
  'fpr-3120': fpr3120,
  'fpr-3130': fpr3130,
  'fpr-3140': fpr3140,
  'fpr-4110': fpr4110,
  'fpr-4112': fpr4112,
  'fpr-4115': fpr4115,
  'fpr-4120': fpr4120,
  'fpr-4125': fpr4125,
  'fpr-4140': fpr4140,
  'fpr-4145': fpr4145,
  'fpr-4150': fpr4150,
  'fpr-9300-sm-24': fpr9300Sm24,
  'fpr-9300-sm-36': fpr9300Sm36,
  'fpr-9300-sm-40': fpr9300Sm40,
  'fpr-9300-sm-44': fpr9300Sm44,
  'fpr-9300-sm-48': fpr9300Sm48,
  'fpr-9300-sm-56': fpr9300Sm56,
};

export const isSmartModelId = (id: string): id is SmartModelId => (SMART_MODEL_IDS as readonly string[]).includes(id);

export const smartModel = (id: SmartModelId): SmartModel => SMART_MODELS[id];
