// The plan format this app writes, without loading the engine's schemas (see engine-runtime.ts);
// the type keeps it equal to the engine's PLAN_FORMAT.
import type { Plan } from '../../engine/index';

export const PLAN_FORMAT: Plan['format'] = 'asa-license-plan/1';
