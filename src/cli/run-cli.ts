// The command line as a pure function of its arguments and file reads, so tests can call it.
import { closeSync, openSync, readSync } from 'node:fs';
import { catalog, evaluatePlanAtDays, LIMITS, sizeDeployment } from '../engine/index';
import { importDeviceText } from '../engine/device-text/index';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE = [
  'usage: npm run --silent plan -- evaluate PLAN.json [--at DAY[,DAY…]]      (a file, or - for standard input)',
  '       npm run --silent plan -- size NEEDS.json [--start-date YYYY-MM-DD]',
  '       npm run --silent plan -- catalog',
  '       npm run --silent plan -- import FILE [--start-date YYYY-MM-DD] [--report]',
].join('\n');

/** Plans larger than this are refused before parsing (a plan is a few KB; 2,000 keys on 64 units is ~20 MB). */
export const MAX_PLAN_BYTES = 32 * 1024 * 1024;

const fail = (message: string, code = 2): CliOutput => ({ code, stdout: '', stderr: `${message.split('\n')[0]}\n` });

export function parseDays(text: string): number[] | string {
  const parts = text.split(',');
  if (parts.length > 10_000) return `--at: ${parts.length} days is more than 10000`;
  const days: number[] = [];
  for (const part of parts) {
    const trimmed = part.trim();
    if (!/^\d{1,6}$/.test(trimmed) || Number(trimmed) > LIMITS.maxDay) {
      return `--at: "${trimmed.slice(0, 20)}" is not a day number (a whole number from 0 to ${LIMITS.maxDay})`;
    }
    days.push(Number(trimmed));
  }
  return days;
}

/**
 * Reads a file with a byte cap that holds for anything that can be opened: a regular file, a pipe
 * (`-` is standard input), a device such as /dev/zero or /dev/urandom whose size reads 0. It reads
 * in chunks and stops as soon as the cap is passed, so nothing larger than the cap is ever held.
 */
export function readCapped(file: string, cap = MAX_PLAN_BYTES): { text: string } | { error: string } {
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (e) {
    return { error: `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total));
      const n = readWaiting(fd, chunk);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > cap) return { error: `${file}: more than ${cap} bytes, the limit for a plan or device output (a real one is a few KB); nothing was read past it` };
    }
    return { text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (e) {
    return { error: `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** readSync that waits when standard input is a non-blocking pipe or socket with no data yet. */
function readWaiting(fd: number, chunk: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function readText(file: string): string | CliOutput {
  const r = readCapped(file);
  return 'text' in r ? r.text : fail(r.error);
}

/** The file's JSON, or the message that says why it cannot be read. */
function readJson(file: string): { json: unknown } | CliOutput {
  const text = readText(file);
  if (typeof text !== 'string') return text;
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (e) {
    return fail(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

function evaluateCommand(args: string[]): CliOutput {
  let file: string | undefined;
  let days: number[] = [0];
  let many = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--at' || a.startsWith('--at=')) {
      const value = a === '--at' ? args[++i] : a.slice(5);
      if (value === undefined) return fail('--at needs a day or a comma list of days, e.g. --at 0,175,400');
      const parsed = parseDays(value);
      if (typeof parsed === 'string') return fail(parsed);
      days = parsed;
      many = value.includes(',');
    } else if (a.startsWith('--')) {
      return fail(`unknown option ${a}\n${USAGE}`);
    } else if (file === undefined) {
      file = a;
    } else {
      return fail(`unexpected argument "${a}"\n${USAGE}`);
    }
  }
  if (file === undefined) return fail(`evaluate needs a plan file\n${USAGE}`);
  const read = readJson(file);
  if (!('json' in read)) return read;
  const results = evaluatePlanAtDays(read.json, days);
  const output = many ? results : results[0];
  return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '' };
}

/** Today as YYYY-MM-DD (the command line's only clock read; the engine stays pure). */
const today = (): string => new Date().toISOString().slice(0, 10);

function importCommand(args: string[]): CliOutput {
  let file: string | undefined;
  let startDate = today();
  let report = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--start-date') {
      const value = args[++i];
      if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail('--start-date needs a date written YYYY-MM-DD');
      startDate = value;
    } else if (a === '--report') report = true;
    else if (a.startsWith('--')) return fail(`unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else return fail(`unexpected argument "${a}"\n${USAGE}`);
  }
  if (file === undefined) return fail(`import needs a file of device output\n${USAGE}`);
  const text = readText(file);
  if (typeof text !== 'string') return text;
  const result = importDeviceText(text, { startDate });
  if (report) return { code: result.plan ? 0 : 2, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '' };
  if (!result.plan) {
    const first = result.issues.find((i) => i.severity === 'error');
    return fail(`${file}: ${first?.message ?? 'no plan could be read from this text'}`);
  }
  const notes = [
    ...result.issues.map((i) => `${i.severity}${i.line ? ` (line ${i.line})` : ''}: ${i.message}`),
    ...result.unmapped.filter((u) => u.kind === 'unrecognized').map((u) => `not mapped (line ${u.line}): ${u.text.trim()} — ${u.reason}`),
  ];
  return { code: 0, stdout: `${JSON.stringify(result.plan, null, 2)}\n`, stderr: notes.length ? `${notes.join('\n')}\n` : '' };
}

function sizeCommand(args: string[]): CliOutput {
  let file: string | undefined;
  let startDate = today();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--start-date') {
      const value = args[++i];
      if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail('--start-date needs a date written YYYY-MM-DD');
      startDate = value;
    } else if (a.startsWith('--')) return fail(`unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else return fail(`unexpected argument "${a}"\n${USAGE}`);
  }
  if (file === undefined) return fail(`size needs a needs file\n${USAGE}`);
  const read = readJson(file);
  if (!('json' in read)) return read;
  return { code: 0, stdout: `${JSON.stringify(sizeDeployment(read.json, { startDate }), null, 2)}\n`, stderr: '' };
}

export function runCli(argv: string[]): CliOutput {
  const [command, ...rest] = argv;
  switch (command) {
    case 'evaluate':
      return evaluateCommand(rest);
    case 'size':
      return sizeCommand(rest);
    case 'catalog':
      return { code: 0, stdout: `${JSON.stringify(catalog, null, 2)}\n`, stderr: '' };
    case 'import':
      return importCommand(rest);
    case undefined:
    case '--help':
    case '-h':
      return { code: command === undefined ? 2 : 0, stdout: command === undefined ? '' : `${USAGE}\n`, stderr: command === undefined ? `${USAGE}\n` : '' };
    default:
      return fail(`unknown command "${command}"\n${USAGE}`);
  }
}
