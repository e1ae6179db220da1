// Control characters never reach an exported text (issue 25: a plan name's control characters
// reached the .ics). RFC 5545 §3.1 and §3.3.11 allow no CONTROL (%x00-08, %x0A-1F, %x7F) in a
// TEXT value (a line break is written escaped as "\n"); CSV cells and copied text take the
// same rule, keeping line breaks and tabs where the format has a place for them.

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROLS_BUT_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Every C0 control, DEL and the C1 controls. */
const ALL_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** The text without control characters; `keepBreaks`: tabs and line breaks stay. */
export function stripControlCharacters(text: string, keepBreaks = true): string {
  return text.replace(keepBreaks ? CONTROLS_BUT_BREAKS : ALL_CONTROLS, '');
}
