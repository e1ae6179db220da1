/** `deployment.units[0].permanent.features.security-contexts` from ['deployment','units',0,…]. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The value at `path` in untrusted input, or undefined; never throws. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = typeof part === 'symbol' ? undefined : String(part);
    if (key === undefined || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A short, safe rendering of an untrusted value for a message. */
export function preview(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = Array.isArray(value) ? 'an array too deep to show' : `a ${typeof value} that cannot be shown`;
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
