// Figures for issue 8, printed (and written to test-results/app-perf.json), not asserted:
// how long moving the "as of" date takes on the 16-unit cluster plan (at the top of the page, and
// scrolled to the timeline), and the largest contentful paint of the built app under 4x CPU
// throttling (the median of five cold loads), of a first visit and of a returning one (a saved
// plan, and its record unsealed), with each load's cumulative layout shift; and of a share link and
// a returning visit to a plan whose largest element is a warning in the results.
import { mkdirSync, writeFileSync } from 'node:fs';
import LZString from 'lz-string';
import { test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { bigClusterPlan, oneUnitPlan } from '../../bench/plans';
import { saveRenamedPlan, waitForSealedRecord } from '../helpers';

const figures: Record<string, unknown> = {};

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/app-perf.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log(JSON.stringify(figures, null, 2));
});

/**
 * Moves the slider 40 times by 90 days and times each move until the new day is committed
 * everywhere it shows (the as-of heading, the key table's heading, the "as of" line on every chart)
 * and the browser has painted it.
 */
async function asOfSamples(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="as-of-slider"]')!;
    const heading = document.querySelector('#as-of-h')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const charts = document.querySelectorAll('figure.chart').length;
    const updated = (before: string | null, day: number) => {
      const date = heading.textContent?.replace(/^As of /, '') ?? '';
      return (
        heading.textContent !== before && (document.querySelector('#keys-h')?.textContent ?? date).endsWith(date) && document.querySelectorAll(`.as-of-marker[data-day="${day}"]`).length === charts
      );
    };
    const out: number[] = [];
    for (let i = 1; i <= 40; i++) {
      const before = heading.textContent;
      const day = i * 90;
      const t0 = performance.now();
      setter.call(input, String(day));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      // Wait until React has committed the new day everywhere and the browser has painted it.
      while (!updated(before, day) && performance.now() - t0 < 2000) await frame();
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  });
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 10) / 10);
  return { median: round(sorted[Math.floor(sorted.length / 2)]), p95: round(sorted[Math.floor(sorted.length * 0.95)]), max: round(sorted.at(-1)), samples: samples.length };
}

async function openBigCluster(page: Page): Promise<void> {
  const plan = bigClusterPlan(3650);
  const view = { asOfDay: 0 };
  await page.goto(`/#share=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, plan, view }))}`);
  await page.getByTestId('as-of-slider').waitFor();
  await page.getByRole('heading', { name: /Running license/ }).waitFor();
  // Let the lazy timeline chunk load and render once.
  await page.locator('figure.chart .recharts-surface').first().waitFor();
  await page.waitForTimeout(1500);
}

test('moving the as-of date on the 16-unit, 640-key plan', async ({ page }) => {
  await openBigCluster(page);
  figures.asOfUpdateMs = summary(await asOfSamples(page));
});

test('moving the as-of date with the timeline in view (the focused slider moved from the keyboard)', async ({ page }) => {
  await openBigCluster(page);
  await page.locator('section[aria-labelledby="timeline-h"]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  figures.asOfUpdateTimelineInViewMs = summary(await asOfSamples(page));
  // What the sales engineer sees (e2e/screenshots is not committed): the timeline on day 3,600.
  await page.locator('section[aria-labelledby="timeline-h"]').screenshot({ path: 'e2e/screenshots/60-plan-b-timeline.png' });
  await page.locator('section[aria-labelledby="keys-h"]').screenshot({ path: 'e2e/screenshots/61-plan-b-keys.png' });
  await page.getByTestId('issues').screenshot({ path: 'e2e/screenshots/62-plan-b-issues.png' });
});

/** Largest contentful paint and layout shift of one cold load with 4x CPU throttling, in a fresh context (no cache, no service worker). */
async function coldLoad(browser: Browser, storageState?: StorageState, path = '/'): Promise<{ lcp: number; cls: number }> {
  const { baseURL, viewport } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, ...(storageState ? { storageState } : {}) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path);
  const figures = await page.evaluate(
    () =>
      new Promise<{ lcp: number; cls: number }>((resolve) => {
        let lcp = 0;
        let cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ lcp, cls }), 3000);
      }),
  );
  await context.close();
  return { lcp: Math.round(figures.lcp), cls: Math.round(figures.cls * 1000) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('largest contentful paint with 4x CPU throttling', async ({ browser }) => {
  // Five cold loads of a first visit; the median is the figure.
  const loads: { lcp: number; cls: number }[] = [];
  for (let i = 0; i < 5; i++) loads.push(await coldLoad(browser));
  figures.largestContentfulPaintMs4xThrottle = median(loads.map((l) => l.lcp));
  figures.largestContentfulPaintSamplesMs = loads.map((l) => l.lcp);
  figures.cumulativeLayoutShift = loads.map((l) => l.cls);
});

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The browser's storage after `open` has saved a plan (sealed), as a returning visit finds it. */
async function savedState(browser: Browser, open: (page: Page) => Promise<void>): Promise<StorageState> {
  const { baseURL, viewport } = test.info().project.use;
  const setup = await browser.newContext({ baseURL, viewport, serviceWorkers: 'block' });
  const page = await setup.newPage();
  await open(page);
  await waitForSealedRecord(page);
  const state = await setup.storageState();
  await setup.close();
  return state;
}

/** Five cold loads: their median LCP and the samples. */
async function fiveLoads(browser: Browser, storageState?: StorageState, path?: string) {
  const loads: { lcp: number; cls: number }[] = [];
  for (let i = 0; i < 5; i++) loads.push(await coldLoad(browser, storageState, path));
  return { median: median(loads.map((l) => l.lcp)), samples: loads.map((l) => l.lcp), cls: loads.map((l) => l.cls) };
}

test('largest contentful paint of a returning visit (a saved plan), 4x CPU throttling', async ({ browser }) => {
  // The saved plan's record is sealed by this build, so the first render does not wait for the
  // engine (src/app/persistence/sealed-record.ts); the HTTP cache is cold as on the first visit. Then the
  // same record unsealed, as an older build wrote it: the engine validates it before the first render.
  const storageState = await savedState(browser, async (page) => {
    await page.goto('/');
    await saveRenamedPlan(page, 'Customer renewal');
  });
  const sealed = await fiveLoads(browser, storageState);
  figures.returningVisitLargestContentfulPaintMs4xThrottle = sealed.median;
  figures.returningVisitLargestContentfulPaintSamplesMs = sealed.samples;
  figures.returningVisitCumulativeLayoutShift = sealed.cls;

  const unsealed = {
    ...storageState,
    origins: storageState.origins.map((o) => ({ ...o, localStorage: o.localStorage.map((e) => ({ ...e, value: e.value.replace(/^(\{"version":\d+,"revision":\d+,)"seal":"[^"]*",/, '$1') })) })),
  };
  const slow = await fiveLoads(browser, unsealed);
  figures.returningVisitUnsealedRecordLargestContentfulPaintMs4xThrottle = slow.median;
  figures.returningVisitUnsealedRecordSamplesMs = slow.samples;
});

// Plan (a): its Botnet key runs out, so the largest element is that warning in the results, not the editor's.
const sharePath = () => `/#share=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, plan: oneUnitPlan(), view: { asOfDay: 0 } }))}`;

test('largest contentful paint of a share link, 4x CPU throttling', async ({ browser }) => {
  // A link is outside input: the engine validates it before the first render (src/main.tsx).
  const shared = await fiveLoads(browser, undefined, sharePath());
  figures.shareLinkLargestContentfulPaintMs4xThrottle = shared.median;
  figures.shareLinkLargestContentfulPaintSamplesMs = shared.samples;
});

test('largest contentful paint of a returning visit to a plan with a renewal warning, 4x CPU throttling', async ({ browser }) => {
  // The shared plan, saved (sealed) by opening the link, then opened again from storage.
  const storageState = await savedState(browser, (page) => page.goto(sharePath()).then(() => undefined));
  const warned = await fiveLoads(browser, storageState);
  figures.returningVisitWarningPlanLargestContentfulPaintMs4xThrottle = warned.median;
  figures.returningVisitWarningPlanSamplesMs = warned.samples;
});

/** A valid plan of 2,000 time-based keys on one ASA 5555-X (issue 25: it took 11 s to show, ~1.7 s a keystroke). */
function twoThousandKeys() {
  const timeBased = Array.from({ length: 2000 }, (_, i) => ({
    id: `k${i}`,
    features: i % 2 ? { 'botnet-traffic-filter': true } : { 'security-contexts': 5 },
    days: 30 + (i % 300),
    installDay: i % 700,
    active: true,
    evaluation: false,
  }));
  return {
    format: 'asa-license-plan/1',
    name: '2,000 keys',
    startDate: '2027-01-01',
    horizonDays: 1095,
    deployment: { mode: 'standalone', units: [{ id: 'fw-a', model: 'asa-5555-x', permanent: { tier: 'base', features: {} }, timeBased }] },
    events: [],
  };
}

test('2,000 keys on one unit: time to show, and the cost of a keystroke in a key field', async ({ page }) => {
  test.setTimeout(180_000);
  const link = `/#share=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, plan: twoThousandKeys(), view: { asOfDay: 0 } }))}`;
  // The first load is in a fresh browser (nothing cached, no service worker, no compiled code); the
  // next three find what the first left. Both are printed: the first is what a colleague opening the
  // link sees.
  // Shown = the key list's legend reads 2000, its first row is drawn and the running license heading
  // is there. A frame-by-frame check inside the page notes the first frame where all three hold,
  // in ms from the navigation's start (performance.now()); Playwright then only reads that number.
  // Its own locators (getByRole, getByText) walk all ~14,000 elements on every poll, on the page's
  // main thread, while the page is still loading: they added ~0.2–0.4 s to the figure they measured.
  // The Node-side clock, locators included, is printed beside it.
  await page.addInitScript(() => {
    const shown = () =>
      document.querySelector('[data-testid="time-key-k0"]') !== null &&
      document.getElementById('running-h') !== null &&
      [...document.querySelectorAll('legend')].some((l) => l.textContent === 'Time-based keys (2000)');
    const check = () => {
      if (shown()) (window as unknown as { shownAt: number }).shownAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const shows: number[] = [];
  const outside: number[] = [];
  for (let run = 0; run < 4; run++) {
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(link);
    await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, undefined, { timeout: 60_000 });
    outside.push(Date.now() - t0);
    shows.push(await page.evaluate(() => Math.round((window as unknown as { shownAt: number }).shownAt)));
    await page.getByText('Time-based keys (2000)').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: /Running license/ }).waitFor({ timeout: 60_000 });
    // The service worker registers once the first load has shown (src/app/shell/when-page-settled.ts):
    // its precache is let finish before the next loads, as it would for a colleague coming back later.
    if (run === 0) await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }
  // Type on a page at rest, as openBigCluster does: the lazy timeline loaded and drawn once.
  await page.locator('figure.chart .recharts-surface').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const keystrokes = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="time-key-k0"] [data-path$=".note"] input')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const out: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      setter.call(input, `note ${i}`);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  });
  // The results follow a large plan's edit once typing pauses (src/app/engine-loader/use-settled-plan.ts):
  // from one keystroke to the results painted again, the pause included.
  const caughtUp = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="time-key-k0"] [data-path$=".days"] input')!;
    const pending = document.querySelector('[data-testid="results-pending"]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const out: number[] = [];
    for (let i = 0; i < 5; i++) {
      while (pending.textContent !== '') await frame();
      const t0 = performance.now();
      setter.call(input, String(100 + i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      while (pending.textContent !== '' && performance.now() - t0 < 30_000) await frame();
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  });
  figures['2000-keys: time to show, first load in a fresh browser (ms, share link to key list and results)'] = shows[0];
  figures['2000-keys: time to show, next 3 loads (ms, share link to key list and results)'] = summary(shows.slice(1));
  figures['2000-keys: time to show, as Playwright waits see it, first load / next 3 (ms, Node clock from goto)'] = [outside[0], summary(outside.slice(1))];
  figures['2000-keys: keystroke in a key field to paint (ms)'] = summary(keystrokes);
  figures['2000-keys: edit to results updated (ms, the 300 ms typing pause included)'] = summary(caughtUp);
  figures['2000-keys: DOM elements'] = nodes;
});
