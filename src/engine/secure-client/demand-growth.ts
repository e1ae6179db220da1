// Demand that grows by a yearly rate. The growth is applied once a year, on each anniversary of the
// plan's start date, so the demand is constant between anniversaries and the coverage check stays
// a comparison per stretch (no day-by-day walk).
import { anniversary } from '../dates';

/** The day of the `year`-th anniversary of the plan start (29 February clamps to 28 February). */
export function anniversaryDay(startDate: string, year: number): number {
  return anniversary(startDate, year);
}

/** The plan year (0 from day 0 to the first anniversary) that contains `day`; 0 before day 0. */
export function planYearOf(startDate: string, day: number): number {
  if (day <= 0) return 0;
  let year = Math.max(0, Math.floor(day / 366));
  while (anniversaryDay(startDate, year + 1) <= day) year += 1;
  return year;
}

/** Rounds up, forgiving the floating-point dust of a power (1000 × 1.1³ is 1331, not 1332). */
export const ceilUsers = (x: number): number => Math.ceil(x - 1e-9);

/** `base` after `years` yearly steps of `growthPercentPerYear` percent, in whole users. */
export function grownDemand(base: number, growthPercentPerYear: number, years: number): number {
  return Math.max(0, ceilUsers(base * (1 + growthPercentPerYear / 100) ** years));
}

/** Anniversary days strictly inside (0, horizon). */
export function anniversariesWithin(startDate: string, horizon: number): number[] {
  const days: number[] = [];
  for (let year = 1; ; year += 1) {
    const day = anniversaryDay(startDate, year);
    if (day >= horizon) return days;
    days.push(day);
  }
}
