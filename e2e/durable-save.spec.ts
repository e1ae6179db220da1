// Issue 25 (1): a saved edit survives the browser process being killed one second later. The
// test starts Debian's Chromium itself (so it knows the process to kill), drives it over CDP,
// SIGKILLs the whole process group, then starts it again on the same profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

async function startChromium(profile: string, port: number): Promise<{ proc: ChildProcess; browser: Browser }> {
  const proc = spawn('/usr/bin/chromium', [...ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { detached: true, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      return { proc, browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`) };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('Chromium did not start');
}

function killHard(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    process.kill(-proc.pid!, 'SIGKILL');
  });
}

test('an edit saved one second before the browser is SIGKILLed is there after a restart', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'asa-kill-'));
  const port = 9400 + Math.floor(Math.random() * 500);
  try {
    let { proc, browser } = await startChromium(profile, port);
    let page = browser.contexts()[0]!.pages()[0] ?? (await browser.contexts()[0]!.newPage());
    await page.goto(baseURL!);
    await expect(page.getByRole('heading', { name: 'ASA License Planner' })).toBeVisible();
    const names = ['Edit one', 'Edit two, then killed'];
    for (const name of names) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.waitForTimeout(1000);
    }
    await killHard(proc);

    ({ proc, browser } = await startChromium(profile, port));
    page = browser.contexts()[0]!.pages()[0] ?? (await browser.contexts()[0]!.newPage());
    await page.goto(baseURL!);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Edit two, then killed');
    await browser.close().catch(() => undefined);
    await killHard(proc);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
