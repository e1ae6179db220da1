// Reading a plan file chosen by the user: its size is checked before a byte is read, so a huge
// file is refused at once instead of being loaded into memory. The limit is the command line's.
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type ImportFileResult = { ok: true; text: string; source: string } | { ok: false; title: string; messages: string[] };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** The text of a plan file, or why it was not read. Never throws. */
export async function readImportFile(file: FileLike, maxBytes: number = MAX_IMPORT_BYTES): Promise<ImportFileResult> {
  const source = `“${file.name}”`;
  const title = `${source} was not imported; your current plan is unchanged`;
  if (file.size > maxBytes) {
    return { ok: false, title, messages: [`The file is ${megabytes(file.size)}; a plan file is at most ${megabytes(maxBytes)} (a real plan is a few KB).`] };
  }
  try {
    return { ok: true, text: await file.text(), source };
  } catch (err) {
    return { ok: false, title, messages: [`The file could not be read: ${err instanceof Error ? err.message : String(err)}`] };
  }
}
