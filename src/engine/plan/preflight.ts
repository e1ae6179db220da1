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

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const CITE = 'plan-format.md §"Plan"';

const problem = (path: (string | number)[], message: string): Issue => {
  const p = jsonPath(path);
  return { severity: 'error', code: 'plan-too-large', message: `${p || 'plan'}: ${message}`, path: p, cite: CITE };
};

interface Node {
  value: unknown;
  key: string | number | null;
  parent: Node | null;
  depth: number;
}

const pathOf = (node: Node | null): (string | number)[] => {
  const out: (string | number)[] = [];
  for (let n = node; n && n.key !== null; n = n.parent) out.unshift(n.key);
  return out;
};

/** The first reason the input cannot be a plan for size or shape, or null. Never recurses. */
export function preflight(input: unknown): Issue | null {
  // Only objects and arrays go on the stack; strings and other scalars are checked where they are
  // met (a plan is mostly scalars, so this keeps the walk from allocating a node per value).
  const stack: Node[] = [];
  let nodes = 0;
  const visit = (value: unknown, key: string | number | null, parent: Node | null, depth: number): Issue | null => {
    if (++nodes > PREFLIGHT.maxNodes) return problem([], `more than ${PREFLIGHT.maxNodes} values; a plan is far smaller`);
    if (typeof value === 'string') {
      if (value.length > PREFLIGHT.maxStringLength) return problem(pathOf({ value, key, parent, depth }), `a string of ${value.length} characters is longer than ${PREFLIGHT.maxStringLength}`);
      return null;
    }
    if (value !== null && typeof value === 'object') stack.push({ value, key, parent, depth });
    return null;
  };
  const first = visit(input, null, null, 0);
  if (first) return first;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const value = node.value as object;
    if (node.depth >= PREFLIGHT.maxDepth) return problem(pathOf(node), `nested deeper than ${PREFLIGHT.maxDepth} levels; a plan is at most a few levels deep`);
    if (Array.isArray(value)) {
      if (value.length > PREFLIGHT.maxArrayLength) return problem(pathOf(node), `${value.length} items is more than ${PREFLIGHT.maxArrayLength}`);
      for (let i = value.length - 1; i >= 0; i--) {
        const issue = visit(value[i], i, node, node.depth + 1);
        if (issue) return issue;
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return problem([...pathOf(node), key], `"${key}" is not allowed as a field name`);
      if (key.length > 200) return problem(pathOf(node), `a field name of ${key.length} characters is longer than 200`);
      const issue = visit((value as Record<string, unknown>)[key], key, node, node.depth + 1);
      if (issue) return issue;
    }
  }
  return null;
}
