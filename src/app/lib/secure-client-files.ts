// File names for what the Secure Client panel downloads.

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

/** "hq-edge-pair.secure-client-renewals.ics" */
export const renewalCalendarFileName = (planName: string): string => `${fileStem(planName)}.secure-client-renewals.ics`;
