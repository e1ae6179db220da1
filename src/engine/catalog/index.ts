// The catalog as one object: what `plan catalog` prints and the app's pickers read.
import { PAK_MODEL_IDS, SMART_MODEL_IDS } from '../types';
import { FEATURES } from './features';
import { PAK_MODELS } from './pak/index';
import { ASAV_SPEC, SMART_COMMUNICATION, SMART_MODELS } from './smart/index';

export const catalog = {
  format: 'asa-license-catalog/1',
  sources: {
    '000': 'ASA 9.x guide, "Licenses: Product Authorization Key Licensing"',
    '001': 'ASA 9.x guide, "Licenses: Smart Software Licensing"',
    '002': 'AnyConnect licensing FAQ',
    '003': 'Cisco Secure Client licensing FAQ',
    '004': 'ASA 8.x guide page, time-based licenses',
  },
  features: FEATURES,
  pakModelIds: PAK_MODEL_IDS,
  smartModelIds: SMART_MODEL_IDS,
  pakModels: PAK_MODELS,
  smartModels: SMART_MODELS,
  asav: ASAV_SPEC,
  smartCommunication: SMART_COMMUNICATION,
} as const;

export type Catalog = typeof catalog;
