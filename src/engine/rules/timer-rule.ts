// Whether an active time-based key counts down while the ASA is shut down.
// 000 §"How the Time-Based License Timer Works" (9.x): only ASA uptime counts.
// 004 (8.x guide): "If the time-based license is active, and you shut down the ASA, then the timer continues to count down."

export const TIMER_9X_CITE = '000 §"How the Time-Based License Timer Works"';
export const TIMER_8X_CITE = '004 §"Information About Feature Licenses" (8.x: the timer keeps counting while shut down)';

export interface SoftwareVersion {
  major: number;
  minor: number;
}

export function parseSoftware(software: string | undefined): SoftwareVersion | null {
  const m = /^(\d{1,2})\.(\d{1,2})/.exec(software ?? '');
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}

/** Without a version the 9.x guide (000) applies. */
export function countsWhilePoweredOff(software: string | undefined): boolean {
  const v = parseSoftware(software);
  return v !== null && v.major < 9;
}

export const timerCite = (software: string | undefined): string => (countsWhilePoweredOff(software) ? TIMER_8X_CITE : TIMER_9X_CITE);

/** An active, installed key's timer runs unless the unit is powered off on software whose timer stops then (9.x). */
export const timerRuns = (active: boolean, poweredOff: boolean, countsWhileOff: boolean): boolean => active && (!poweredOff || countsWhileOff);

export const powerOffWords = (days: number, countsWhileOff: boolean): string =>
  `Unit powered off for ${days} days${countsWhileOff ? '; on 8.x software active time-based keys keep counting down' : '; on 9.x only uptime counts, so active keys pause'}`;
