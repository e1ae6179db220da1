import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { key, standalone } from '../engine/test-support/plan-builders';
import { MAX_PLAN_BYTES, parseDays, readCapped, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('command line', () => {
  const planFile = file('plan.json', JSON.stringify(standalone({ model: 'asa-5525-x', features: { encryption: '3des-aes' }, keys: [key('btf', { 'botnet-traffic-filter': true }, 100)] })));

  it('evaluate prints one result for one day (day 0 by default)', () => {
    const out = runCli(['evaluate', planFile]);
    expect(out.code).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r).toMatchObject({ valid: true, at: 0, running: { 'botnet-traffic-filter': true } });
  });

  it('evaluate with a comma list prints an array in that order', () => {
    const r = JSON.parse(runCli(['evaluate', planFile, '--at', '0,99,100']).stdout);
    expect(r.map((x: { at: number; running: Record<string, unknown> }) => [x.at, x.running['botnet-traffic-filter']])).toEqual([
      [0, true],
      [99, true],
      [100, false],
    ]);
  });

  it('an invalid plan still exits 0 with valid false', () => {
    const out = runCli(['evaluate', file('bad.json', JSON.stringify({ ...standalone({}), startDate: 'soon' }))]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).valid).toBe(false);
  });

  it('malformed JSON or an unreadable file exits 2 with one line on stderr', () => {
    const bad = runCli(['evaluate', file('broken.json', '{"format": ')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/not valid JSON/);
    expect(runCli(['evaluate', join(dir, 'missing.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read the file \(ENOENT\)/) });
  });

  it('rejects bad --at values with a clear message', () => {
    expect(parseDays('0,abc')).toBe('--at: "abc" is not a day number (a whole number from 0 to 36600)');
    expect(parseDays('-1')).toMatch(/is not a day number/);
    expect(runCli(['evaluate', planFile, '--at']).code).toBe(2);
  });

  it('catalog prints every model with its tiers', () => {
    const c = JSON.parse(runCli(['catalog']).stdout);
    expect(c.pakModels['asa-5512-x'].tiers['security-plus'].features['security-contexts']).toMatchObject({ default: 2, options: [5] });
    expect(c.pakModelIds).toHaveLength(16);
  });

  it('import reads device output into a plan that evaluates', () => {
    const fixture = join(__dirname, '../engine/device-text/fixtures/asa-5525-x-activation-key.txt');
    const out = runCli(['import', fixture, '--start-date', '2027-01-04']);
    expect(out.code).toBe(0);
    const plan = JSON.parse(out.stdout);
    expect(plan.deployment.units[0].model).toBe('asa-5525-x');
    expect(plan.startDate).toBe('2027-01-04');
    expect(runCli(['evaluate', file('imported.json', out.stdout)]).code).toBe(0);
  });

  it('import of nonsense exits 2 with one line naming the problem', () => {
    const out = runCli(['import', join(__dirname, '../engine/device-text/fixtures/nonsense-two-models.txt')]);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(runCli(['import', file('empty.txt', 'hello world\n')]).code).toBe(2);
  });

  it('hostile plan files: too large is refused before parsing; deep nesting is a clear invalid plan', () => {
    const big = file('big.json', `{"name":"${'x'.repeat(33 * 1024 * 1024)}"}`);
    expect(runCli(['evaluate', big])).toMatchObject({ code: 2, stderr: expect.stringMatching(/more than 33554432 bytes, the limit/) });
    const deep = file('deep.json', `{"format":"asa-license-plan/1","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    const out = runCli(['evaluate', deep]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).issues[0].message).toMatch(/nested deeper than 24 levels/);
  });

  it('unknown commands exit 2', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
  });
});

describe('input bounded by bytes read, not by the size a file reports', () => {
  it.each(['/dev/zero', '/dev/urandom'])('evaluate and import of %s stop at the cap with one line on stderr', (device) => {
    for (const command of ['evaluate', 'import']) {
      const out = runCli([command, device]);
      expect(out.code).toBe(2);
      expect(out.stderr).toBe(`${device}: more than ${MAX_PLAN_BYTES} bytes, the limit for a plan or device output (a real one is a few KB); nothing was read past it\n`);
    }
  });

  it('a pipe is read to its end under the cap, and refused past it', () => {
    const small = readCapped(file('small.json', '{"a":1}'), 16);
    expect(small).toEqual({ text: '{"a":1}' });
    const over = readCapped(file('over.json', 'x'.repeat(17)), 16);
    expect(over).toEqual({ error: expect.stringMatching(/more than 16 bytes/) });
    // A real pipe: a child process writes a plan to standard input of the command line.
    const plan = JSON.stringify(standalone({ model: 'asa-5525-x' }));
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'evaluate', '-'], { input: plan, encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({ valid: true, running: { 'security-contexts': 2 } });
  });

  it('`npm run plan` (scripts/plan.mjs: the bundled CLI, rebuilt when src/ changes) answers as the source does', () => {
    const plan = JSON.stringify(standalone({ model: 'asa-5525-x' }));
    const child = spawnSync(process.execPath, ['scripts/plan.mjs', 'evaluate', '-'], { input: plan, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(runCli(['evaluate', file('same.json', plan)]).stdout));
    const bad = spawnSync(process.execPath, ['scripts/plan.mjs', 'evaluate', 'no-such-file.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(runCli(['evaluate', 'no-such-file.json']).code);
  });
});

describe('size', () => {
  it('prints the sizing result; invalid needs exit 0 with valid false; malformed JSON exits 2', () => {
    const ok = runCli([
      'size',
      file('needs.json', JSON.stringify({ format: 'asa-license-needs/1', deployment: { mode: 'cluster', units: 3 }, features: { 'security-contexts': 60, carrier: true } })),
      '--start-date',
      '2027-01-01',
    ]);
    expect(ok.code).toBe(0);
    const r = JSON.parse(ok.stdout);
    expect(r.fits[0]).toMatchObject({ model: 'fpr-4110', running: { 'security-contexts': 60, carrier: true } });
    expect(r.fits[0].plan.startDate).toBe('2027-01-01');
    const bad = runCli(['size', file('bad-needs.json', JSON.stringify({ format: 'asa-license-needs/1', licensing: 'lease' }))]);
    expect(bad.code).toBe(0);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false, issues: [{ path: 'licensing' }] });
    expect(runCli(['size', file('broken-needs.json', '{')]).code).toBe(2);
  });
});
