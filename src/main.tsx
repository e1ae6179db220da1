import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { z } from 'zod';
import { App } from './app/components/app';
import { applyStoredTheme } from './app/hooks/use-theme';
import './app/styles/theme.css';
import './app/styles/app.css';
import './app/styles/print.css';

// The Content-Security-Policy forbids eval; tell zod not to try its JIT (it would log a violation).
z.config({ jitless: true });
applyStoredTheme();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline: precache the whole app; a new version replaces the old one on the next load.
if (import.meta.env.PROD) registerSW({ immediate: true });
