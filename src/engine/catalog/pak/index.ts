import type { PakModelId } from '../../types';
import type { PakModel } from '../types';
import { asa5506hx } from './asa-5506h-x';
import { asa5506wx, asa5506x } from './asa-5506-x';
import { asa5508x } from './asa-5508-x';
import { asa5512x } from './asa-5512-x';
import { asa5516x } from './asa-5516-x';
import { asa5515x, asa5525x, asa5545x, asa5555x } from './asa-5500-x-midrange';
import { asa5585xSsp10, asa5585xSsp20, asa5585xSsp40, asa5585xSsp60 } from './asa-5585-x';
import { asasm } from './asasm';
import { isa3000 } from './isa-3000';

export const PAK_MODELS: Readonly<Record<PakModelId, PakModel>> = {
  'asa-5506-x': asa5506x,
  'asa-5506w-x': asa5506wx,
  'asa-5506h-x': asa5506hx,
  'asa-5508-x': asa5508x,
  'asa-5512-x': asa5512x,
  'asa-5515-x': asa5515x,
  'asa-5516-x': asa5516x,
  'asa-5525-x': asa5525x,
  'asa-5545-x': asa5545x,
  'asa-5555-x': asa5555x,
  'asa-5585-x-ssp-10': asa5585xSsp10,
  'asa-5585-x-ssp-20': asa5585xSsp20,
  'asa-5585-x-ssp-40': asa5585xSsp40,
  'asa-5585-x-ssp-60': asa5585xSsp60,
  asasm,
  'isa-3000': isa3000,
};
