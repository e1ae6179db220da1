// A model id's name from the catalog (PAK and Smart).
import { PAK_MODELS } from '../catalog/pak/index';
import { SMART_MODELS } from '../catalog/smart/index';
import { isPakModelId } from '../catalog/lookup';
import type { ModelId } from '../types';

export function modelLabel(id: ModelId): string {
  if (isPakModelId(id)) return PAK_MODELS[id].name;
  const smart = (SMART_MODELS as Record<string, { name?: string } | undefined>)[id];
  return smart?.name ?? id;
}
