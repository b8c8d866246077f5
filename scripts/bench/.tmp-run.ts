import { chromium } from '@playwright/test';
import { lessonStepBench } from '/work/wt/lessons/scripts/bench/lessons';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
await lessonStepBench(browser, 'http://127.0.0.1:4634/');
await browser.close();
