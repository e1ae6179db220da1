// File names for what the app downloads (the renewal calendars: renewal-list.ts).

/** The plan name as a safe file-name stem: letters and digits (any script) joined by "-", at most 60 characters. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'plan' : stem;
}
