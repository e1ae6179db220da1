// Device text: read ASA license output into a plan, and show a plan's license as the ASA prints it.
export { importDeviceText } from './import-device-text';
export { renderShowVersion, type RenderOptions } from './render-show-version';
export { MAX_INPUT_CHARS } from './normalize-lines';
export type { ImportIssue, ImportOptions, ImportResult, UnmappedLine } from './types';
