// Test-data builders: the smallest valid plans, with overrides where a test needs them.
import type { FeatureValue } from '../types';

export interface KeyInput {
  id: string;
  features: Record<string, FeatureValue>;
  days: number;
  installDay?: number;
  active?: boolean;
  evaluation?: boolean;
}

export interface PakUnitInput {
  id?: string;
  model?: string;
  software?: string;
  tier?: string;
  features?: Record<string, FeatureValue>;
  keys?: KeyInput[];
  partSuffix?: 'K8' | 'K9';
  noPayloadEncryption?: boolean;
}

export const key = (id: string, features: Record<string, FeatureValue>, days: number, extra: Partial<KeyInput> = {}): KeyInput => ({ id, features, days, ...extra });

export function pakUnit(input: PakUnitInput = {}) {
  return {
    id: input.id ?? 'fw',
    model: input.model ?? 'asa-5545-x',
    software: input.software ?? '9.16',
    ...(input.partSuffix ? { partSuffix: input.partSuffix } : {}),
    ...(input.noPayloadEncryption ? { noPayloadEncryption: true } : {}),
    permanent: { tier: input.tier ?? 'base', features: input.features ?? {} },
    timeBased: (input.keys ?? []).map((k) => ({ installDay: 0, active: true, evaluation: false, ...k })),
  };
}

export interface PlanInputs {
  units: unknown[];
  mode?: 'standalone' | 'failover' | 'cluster';
  failover?: 'active-standby' | 'active-active';
  contextMode?: 'single' | 'multiple';
  events?: unknown[];
  horizonDays?: number;
}

export function plan(inputs: PlanInputs) {
  return {
    format: 'asa-license-plan/1',
    name: 'test',
    startDate: '2027-01-04',
    horizonDays: inputs.horizonDays ?? 1095,
    deployment: {
      mode: inputs.mode ?? (inputs.units.length > 1 ? 'failover' : 'standalone'),
      ...(inputs.failover ? { failover: inputs.failover } : inputs.units.length === 2 ? { failover: 'active-standby' } : {}),
      contextMode: inputs.contextMode ?? 'single',
      units: inputs.units,
    },
    events: inputs.events ?? [],
  };
}

export const standalone = (unit: PakUnitInput, events: unknown[] = []) => plan({ units: [pakUnit(unit)], events });
