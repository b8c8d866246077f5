import { chromium } from 'playwright-core';
const lang = process.argv[2] || 'en';
const sample = process.argv[3] || 'inspection-expired.json';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.addInitScript((l) => localStorage.setItem('prokuratura.lang', l), lang);
await p.goto('http://127.0.0.1:4631/');
await p.waitForSelector('[data-testid=diagram][data-layout=ready]', { timeout: 30000 });
await p.click('[data-screen=simulator]');
await p.selectOption('[data-testid=scenario-select]', sample);
await p.waitForTimeout(800);
// a backwards date
await p.fill('.sim-advance-to input[type=date]', '2020-01-01').catch(()=>{});
await p.click('[data-testid=advance-to]');
await p.waitForTimeout(500);
await p.screenshot({ path: `/tmp/words-shots/${lang}-${sample}.png` });
const txt = await p.locator('[data-testid=simulator]').innerText();
console.log(txt.match(/\b[a-z]+[A-Z][a-zA-Z]*(\.[a-zA-Z]+)*\b/g));
await b.close();
