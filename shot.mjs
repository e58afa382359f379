import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync'] });
const [url, out, w, h, dark] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: +w || 1280, height: +h || 900 }, colorScheme: dark ? 'dark' : 'light' });
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto(url); await p.screenshot({ path: out, fullPage: false });
await b.close();
