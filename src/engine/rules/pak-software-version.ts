// A PAK unit's `software`, read as an ASA release: "9.1" (a train), "9.1(4)", "9.14(1.30)", "9.12(4)37".
// The rules of 000 §"History for PAK Licenses" (and its §"Upgrade and Downgrade Guidelines") name
// the release that brought each change; rules/pak-version-rules.ts asks this file where a unit stands.
import type { Issue } from '../types';

export const HISTORY_CITE = '000 §"History for PAK Licenses"';

/** [major, minor, maintenance, interim]; a bare train ("9.1") has maintenance null. */
export interface PakRelease {
  major: number;
  minor: number;
  maintenance: number | null;
  text: string;
}

const RELEASE = /^(\d{1,2})\.(\d{1,2})(?:\((\d{1,3})(?:\.\d{1,3})?\)\d{0,3})?$/;

/** The release, or null when the text is not an ASA release number. */
export function parsePakRelease(software: string): PakRelease | null {
  const m = RELEASE.exec(software);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), maintenance: m[3] === undefined ? null : Number(m[3]), text: software };
}

/** A release as the documents write it: [8, 3, 1] is 8.3(1). */
export type Threshold = readonly [number, number, number];
export const showThreshold = (t: Threshold): string => `${t[0]}.${t[1]}(${t[2]})`;

/**
 * Whether the release is before `t`. A bare train ("9.1") is "unknown" against a release of
 * the same train after its first ("9.1(4)"): it does not say which 9.1 release the unit runs.
 */
export function releaseBefore(r: PakRelease, t: Threshold): boolean | 'unknown' {
  if (r.major !== t[0]) return r.major < t[0];
  if (r.minor !== t[1]) return r.minor < t[1];
  if (r.maintenance === null) return t[2] <= 1 ? false : 'unknown';
  return r.maintenance < t[2];
}

/** Time-based licenses: "8.0(4)/8.1(2)" — the 8.1 train has them from 8.1(2). */
export function beforeTimeBasedLicenses(r: PakRelease): boolean | 'unknown' {
  if (r.major === 8 && r.minor === 1) return releaseBefore(r, [8, 1, 2]);
  return releaseBefore(r, [8, 0, 4]);
}

export interface ReadReleases {
  /** Unit id → its release; units without a (well-formed) version are absent: the current rules apply. */
  releases: Map<string, PakRelease>;
  issues: Issue[];
}

/**
 * Reads every PAK unit's `software`. A malformed one is an error naming the field; a missing one
 * means the current (9.x) rules, said once for the whole plan.
 */
export function readPakReleases(units: readonly { id: string; index: number; software: string | undefined }[]): ReadReleases {
  const releases = new Map<string, PakRelease>();
  const issues: Issue[] = [];
  const missing: string[] = [];
  for (const u of units) {
    if (u.software === undefined) {
      missing.push(u.id);
      continue;
    }
    const r = parsePakRelease(u.software);
    if (r) releases.set(u.id, r);
    else {
      const path = `deployment.units[${u.index}].software`;
      issues.push({
        severity: 'error',
        code: 'software-version-malformed',
        message: `${path} (Software version): "${u.software}" is not an ASA release number; write it as the documents do, for example "9.1(4)", "8.3(1)" or "9.16" (the version-dependent rules of unit "${u.id}" need it)`,
        path,
        unit: u.id,
        cite: HISTORY_CITE,
      });
    }
  }
  if (missing.length > 0) {
    issues.push({
      severity: 'info',
      code: 'software-version-assumed',
      message: `Software version not given for ${missing.map((id) => `"${id}"`).join(', ')}: the current rules are assumed (time-based licenses, combined failover licenses, one active key per feature, clustering and 16-unit 5585-X clusters are available)`,
      cite: HISTORY_CITE,
    });
  }
  return { releases, issues };
}
