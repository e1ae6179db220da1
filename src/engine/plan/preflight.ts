// A bounded, iterative look at untrusted input before the schema sees it: hostile plans (a
// million keys, deep nesting, huge strings, prototype keys) get a clear message in bounded time.
import type { Issue } from '../types';
import { jsonPath } from './json-path';
import { LIMITS } from './schema';

export const PREFLIGHT = {
  maxDepth: 24,
  maxNodes: 1_000_000,
  maxStringLength: 10_000,
  maxArrayLength: Math.max(LIMITS.maxEvents, LIMITS.maxKeysPerUnit, LIMITS.maxSecureClientLicenses),
} as const;

// Three comparisons: cheaper than a Set lookup for every field name of the plan.
export const isForbiddenKey = (key: string): boolean => key === '__proto__' || key === 'constructor' || key === 'prototype';
const CITE = 'plan-format.md §"Plan"';

const problem = (path: (string | number)[], message: string): Issue => {
  const p = jsonPath(path);
  return { severity: 'error', code: 'plan-too-large', message: `${p || 'plan'}: ${message}`, path: p, cite: CITE };
};

/** The first reason the input cannot be a plan for size or shape, or null. Never recurses. */
export function preflight(input: unknown): Issue | null {
  // Only objects and arrays wait on the stack, in three columns (no object per node); strings and
  // other scalars are checked where they are met: a plan is mostly scalars.
  const stackValues: object[] = [];
  const stackKeys: (string | number | null)[] = [];
  const stackDepths: number[] = [];
  // path[0…pathLength) holds the keys from the root to the node being expanded. The walk is
  // depth-first, so a node's parent is the last node expanded one level up: one path is kept instead
  // of a parent link per node. (Its length is tracked apart: setting an array's length is slow.)
  const path: (string | number)[] = [];
  let pathLength = 0;
  const pathTo = (...keys: (string | number)[]): (string | number)[] => [...path.slice(0, pathLength), ...keys];
  let nodes = 0;
  const visit = (value: unknown, key: string | number | null, depth: number): Issue | null => {
    if (++nodes > PREFLIGHT.maxNodes) return problem([], `more than ${PREFLIGHT.maxNodes} values; a plan is far smaller`);
    if (typeof value === 'string') {
      if (value.length > PREFLIGHT.maxStringLength) return problem(key === null ? pathTo() : pathTo(key), `a string of ${value.length} characters is longer than ${PREFLIGHT.maxStringLength}`);
      return null;
    }
    if (value !== null && typeof value === 'object') {
      stackValues.push(value);
      stackKeys.push(key);
      stackDepths.push(depth);
    }
    return null;
  };
  const first = visit(input, null, 0);
  if (first) return first;
  while (stackValues.length > 0) {
    const value = stackValues.pop()!;
    const key = stackKeys.pop()!;
    const depth = stackDepths.pop()!;
    pathLength = depth;
    if (key !== null) path[depth - 1] = key;
    if (depth >= PREFLIGHT.maxDepth) return problem(pathTo(), `nested deeper than ${PREFLIGHT.maxDepth} levels; a plan is at most a few levels deep`);
    if (Array.isArray(value)) {
      if (value.length > PREFLIGHT.maxArrayLength) return problem(pathTo(), `${value.length} items is more than ${PREFLIGHT.maxArrayLength}`);
      for (let i = value.length - 1; i >= 0; i--) {
        const issue = visit(value[i], i, depth + 1);
        if (issue) return issue;
      }
      continue;
    }
    // for…in with an own-property test walks the keys Object.keys lists, without building the list.
    for (const field in value) {
      if (!Object.hasOwn(value, field)) continue;
      if (isForbiddenKey(field)) return problem(pathTo(field), `"${field}" is not allowed as a field name`);
      if (field.length > 200) return problem(pathTo(), `a field name of ${field.length} characters is longer than 200`);
      const issue = visit((value as Record<string, unknown>)[field], field, depth + 1);
      if (issue) return issue;
    }
  }
  return null;
}
