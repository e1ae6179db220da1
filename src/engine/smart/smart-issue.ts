import type { Cite, FeatureId, Issue, Severity } from '../types';

export function smartIssue(severity: Severity, code: string, message: string, cite: Cite, extra: { path?: string; unit?: string; feature?: FeatureId; day?: number } = {}): Issue {
  return { severity, code, message, cite, ...extra };
}
