// The report's running-license table on paper (issue 21 item 5): fixed column widths, so the Rule
// column keeps a readable measure (it was squeezed to one or two words per line when the browser
// sized the columns by their longest unbreakable text). A failover pair shows each unit's value as
// a column; a cluster lists the units' values in tables of their own below.

/** Units shown as columns of the running-license table (a failover pair); more and they get their own tables. */
export const MAX_UNIT_COLUMNS = 2;
/** Unit columns in each of the per-unit tables of a larger cluster. */
export const UNITS_PER_VALUE_TABLE = 6;

const FEATURE = 16;
const VALUE = 13;
const UNIT = 12;
const SOURCE = 13;

export interface LicenseColumns {
  /** Whether each unit's value is a column of the table. */
  unitColumns: boolean;
  /** Percent widths: feature, value, one per unit column, source, rule. */
  widths: number[];
}

export function licenseColumns(unitCount: number): LicenseColumns {
  const unitColumns = unitCount > 1 && unitCount <= MAX_UNIT_COLUMNS;
  const units = unitColumns ? Array<number>(unitCount).fill(UNIT) : [];
  const used = FEATURE + VALUE + SOURCE + units.length * UNIT;
  return { unitColumns, widths: [FEATURE, VALUE, ...units, SOURCE, 100 - used] };
}

/** The units in groups for the per-unit tables: [["u1" … "u6"], ["u7" … ]]. */
export function unitGroups(unitIds: readonly string[], size = UNITS_PER_VALUE_TABLE): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < unitIds.length; i += size) groups.push(unitIds.slice(i, i + size));
  return groups;
}
