// The sources a running value can come from (the license table's filter); its own file so that the
// view's type (view-state.ts) and its zod schema (view-state-schema.ts) do not import each other.
export const PROVENANCE_SOURCES = ['model', 'permanent', 'time-based', 'combined', 'smart'] as const;
