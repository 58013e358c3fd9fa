// Look at what we build: screenshots of Storybook stories in light, dark and high-contrast
// mode, at 1280 and 320 CSS px. Needs `npm run build-storybook` first.
// Usage: node scripts/screenshots.mjs [story-id-regex] [--out screenshots] [--widths 1280,320] [--modes light,dark,contrast]
import { chromium } from 'playwright-core';
import { readFile, mkdir } from 'node:fs/promises';
import { browserPaths } from './browser-paths.mjs';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const filter = new RegExp(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '.');
const out = opt('out', 'screenshots');
const widths = opt('widths', '1280,320').split(',').map(Number);
const modes = opt('modes', 'light,dark,contrast').split(',');
const locale = opt('locale', 'fi');

const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && filter.test(e.id));
await mkdir(out, { recursive: true });
const server = await serveStatic('storybook-static');
const browser = await chromium.launch({
  executablePath: browserPaths.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const written = [];
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const story of stories) {
    for (const mode of modes) {
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=mode:${mode};locale:${locale}`);
      await page.waitForFunction(() => ['completed', 'finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), null, { timeout: 15000 }).catch(() => {});
      await page.evaluate(() => document.fonts.ready);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      const file = `${out}/${story.id}--${mode}--${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      written.push(`${file}${scroll > width ? `  (scrolls horizontally: ${scroll}px)` : ''}`);
    }
  }
  await page.close();
}
await browser.close();
server.close();
console.log(written.join('\n'));
