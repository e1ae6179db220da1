import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/shell/app';
import { AppErrorBoundary } from './app/persistence/app-error-boundary';
import { loadResultsView } from './app/shell/results-column';
import { applyStoredTheme } from './app/shell/use-theme';
import { loadEngine } from './app/engine-loader/engine-runtime';
import { hasSavedPlans } from './app/persistence/storage';
import { openSavedPlansWithoutEngine } from './app/store/plan-store';
import { startDurableStorage } from './app/persistence/durable-storage';
import './app/styles/theme.css';
import './app/styles/app.css';
import './app/styles/print.css';

applyStoredTheme();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>,
  );

function localStorageOrUndefined(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // Storage disabled: plans live only as long as the tab.
  }
}

function start(): void {
  // A fresh page (no saved plan, no link, no other view) paints its new plan's editor at once and
  // loads the engine right after (useAfterFirstPaint); so does a returning visit whose saved plan
  // this build sealed (persistence/sealed-record.ts). Reading any other saved plan or a link takes the
  // engine (it validates them), so then it is loaded first.
  if (location.hash === '' && location.search === '' && (!hasSavedPlans() || openSavedPlansWithoutEngine())) render();
  else {
    // The results column's code is fetched beside the engine: it is the next thing this page shows
    // (a failure here is the results column's to report, when it asks again).
    loadResultsView().catch(() => undefined);
    void loadEngine().then(render, (err: unknown) => {
      root!.textContent = `The planner could not load: ${err instanceof Error ? err.message : String(err)}. Reload the page.`;
    });
  }
}

// First, what a killed browser's localStorage lost is put back from the IndexedDB mirror
// (src/app/persistence); then the app starts on localStorage as before.
void startDurableStorage(localStorageOrUndefined()).then(start, start);

// Offline: precache the whole app; a new version replaces the old one on the next load.
if (import.meta.env.PROD) registerSW({ immediate: true });
