import { writeFileSync } from 'node:fs';
import LZString from 'lz-string';
import { test } from '@playwright/test';
test('cold profile', async ({ page }) => {
  const timeBased = Array.from({ length: 2000 }, (_, i) => ({ id: `k${i}`, features: i % 2 ? { 'botnet-traffic-filter': true } : { 'security-contexts': 5 }, days: 30 + (i % 300), installDay: i % 700, active: true, evaluation: false }));
  const plan = { format: 'asa-license-plan/1', name: '2,000 keys', startDate: '2027-01-01', horizonDays: 1095, deployment: { mode: 'standalone', units: [{ id: 'fw-a', model: 'asa-5555-x', permanent: { tier: 'base', features: {} }, timeBased }] }, events: [] };
  const link = `http://localhost:4399/#share=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, plan, view: { asOfDay: 0 } }))}`;
  await page.addInitScript(() => {
    const shown = () => document.querySelector('[data-testid="time-key-k0"]') !== null && document.getElementById('running-h') !== null;
    const check = () => { if (shown()) (window as any).shownAt = performance.now(); else requestAnimationFrame(check); };
    requestAnimationFrame(check);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(link);
  await page.waitForFunction(() => (window as any).shownAt !== undefined, undefined, { timeout: 60_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const shownAt = await page.evaluate(() => (window as any).shownAt);
  const origin = await page.evaluate(() => performance.timeOrigin);
  writeFileSync('/tmp/cold.cpuprofile', JSON.stringify(profile));
  console.log('shownAt', shownAt, 'profileStart-origin(ms)', profile.startTime / 1000 - origin);
});
