// node crop.mjs in.png out.png x y w h  — crop a PNG with Chromium
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [, , inp, out, x, y, w, h] = process.argv;
const b64 = readFileSync(inp).toString('base64');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.setContent(`<body style="margin:0;overflow:hidden"><img src="data:image/png;base64,${b64}" style="position:absolute;left:-${x}px;top:-${y}px"></body>`);
await page.waitForTimeout(200);
await page.screenshot({ path: out });
await browser.close();
