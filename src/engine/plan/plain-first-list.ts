// A list schema that tries a plain test on each item before zod. A plan carries hundreds of keys and
// events, and zod does a payload, a result and several checks per field; a plain test accepts an
// item only when every field is one zod certainly accepts, builds the same output, and hands every
// other item to zod, whose issues are used unchanged.
import { z } from 'zod';

/**
 * Behaves as `zodList`, which is `z.array(item).max(max)` (same output, same issues at the same paths),
 * and is typed as it; the cast is what lets a check stand in for z.array. `plainly` returns an item
 * as zod outputs it, or null when the item is anything but plainly valid.
 */
export function plainFirstList<T extends z.ZodType>(zodList: z.ZodArray<T>, max: number, plainly: (value: unknown) => z.output<T> | null): z.ZodArray<T> {
  const item = zodList.element;
  return z.custom().check((payload) => {
    const list = payload.value;
    if (!Array.isArray(list) || list.length > max) {
      const parsed = zodList.safeParse(list);
      if (!parsed.success) payload.issues.push(...(parsed.error.issues as typeof payload.issues));
      return;
    }
    const out: z.output<T>[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const plain = plainly(list[i]);
      if (plain) {
        out[i] = plain;
        continue;
      }
      const parsed = item.safeParse(list[i]);
      if (parsed.success) out[i] = parsed.data;
      else for (const issue of parsed.error.issues) payload.issues.push({ ...issue, path: [i, ...issue.path] } as (typeof payload.issues)[number]);
    }
    payload.value = out;
  }) as unknown as z.ZodArray<T>;
}
