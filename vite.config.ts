import { randomBytes } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { recordSeal } from './scripts/record-seal.ts';

/**
 * index.html's Content-Security-Policy allows only same-origin scripts and styles. The dev
 * server injects an inline React Refresh preamble and <style> tags for CSS; Vite marks them with
 * `html.cspNonce`, and this plugin adds that nonce to the policy in dev only. The built app has
 * no inline script or style, so the policy stays strict there.
 */
function devCspNonce(nonce: string): Plugin {
  return {
    name: 'asa-planner:dev-csp-nonce',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`).replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`),
    },
  };
}

export default defineConfig(({ command }) => {
  const nonce = command === 'serve' ? randomBytes(16).toString('base64') : undefined;
  return {
    html: nonce === undefined ? {} : { cspNonce: nonce },
    // Saved records this build wrote open before the engine loads (src/app/persistence/sealed-record.ts).
    define: { __RECORD_SEAL__: JSON.stringify(recordSeal()) },
    plugins: [
      react(),
      ...(nonce === undefined ? [] : [devCspNonce(nonce)]),
      VitePWA({
        registerType: 'autoUpdate',
        // Registered from src/main.tsx through virtual:pwa-register: an inline register script would break the CSP.
        injectRegister: false,
        includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
        manifest: {
          name: 'ASA License Planner',
          short_name: 'ASA Licenses',
          description: 'Plan Cisco ASA and Firepower licenses offline: keys, Smart entitlements, failover pairs and clusters.',
          theme_color: '#1d4f91',
          background_color: '#ffffff',
          display: 'standalone',
          start_url: '/',
          scope: '/',
          icons: [
            { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
            { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
            { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // Precache every built file; the app makes no runtime network request.
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
          // Never skip a file for its size: a missing chunk would break the app offline.
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          navigateFallback: '/index.html',
          cleanupOutdatedCaches: true,
          runtimeCaching: [],
        },
      }),
    ],
    build: {
      target: 'es2022',
      sourcemap: true,
      // The entry is React, the store and the editor; the engine and zod load after the first paint
      // (src/app/engine-loader/engine-runtime.ts), Recharts with the timeline.
      chunkSizeWarningLimit: 800,
    },
    preview: { port: 4173, strictPort: true },
  };
});
