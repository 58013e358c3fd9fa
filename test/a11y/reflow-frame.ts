// Reflow at 320 CSS px. Chromium and Firefox resize the page's viewport (setViewport from
// @web/test-runner-commands: Playwright and Puppeteer/BiDi). WebDriver has no viewport command and
// WebKitGTK's window cannot be narrower than 447 px, so WebKit renders into an iframe whose layout
// viewport is 320 CSS px (media queries and vw answer to the iframe's width).
import { setViewport } from '@web/test-runner-commands';
import { engine } from './checks.js';
import type { FrameApi } from './frame-entry.js';
import { loadPageChecks, type ReflowResult } from './page-checks.js';
import { renderStory, type LoadedStory } from './story-harness.js';

export const REFLOW_WIDTH = 320;
const HEIGHT = 640;

export interface NarrowViewport {
  method: string;
  story(story: LoadedStory, globals: { locale: string; mode: string }): Promise<ReflowResult>;
  html(markup: string): Promise<ReflowResult>;
  close(): Promise<void>;
}

async function viaFrame(): Promise<NarrowViewport> {
  const frame = document.createElement('iframe');
  frame.title = 'reflow';
  frame.width = String(REFLOW_WIDTH);
  frame.height = String(HEIGHT);
  // Fixed at the top of the viewport: WebKit stops animation frames in an iframe scrolled out
  // of view, and a story rendered before (a long page, a scrolled-to error summary) can leave
  // the window scrolled past the end of the body, where the frame would otherwise sit.
  frame.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; border: 0; z-index: 2147483647; background: Canvas;';
  frame.src = '/test/a11y/frame.html';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow as Window & { arkiFrame?: Promise<FrameApi> };
  for (let i = 0; !w.arkiFrame && i < 200; i++) await new Promise((r) => setTimeout(r, 25));
  const api = await w.arkiFrame!;
  return {
    method: `iframe ${REFLOW_WIDTH}×${HEIGHT}`,
    story: (story, globals) => api.render(story.id, globals),
    html: (markup) => api.renderHtml(markup),
    close: async () => frame.remove(),
  };
}

async function viaViewport(): Promise<NarrowViewport> {
  const before = { width: window.innerWidth, height: window.innerHeight };
  await setViewport({ width: REFLOW_WIDTH, height: HEIGHT });
  if (document.documentElement.clientWidth > REFLOW_WIDTH) throw new Error(`setViewport left the page ${document.documentElement.clientWidth} px wide`);
  const A = await loadPageChecks();
  const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return {
    method: `setViewport ${REFLOW_WIDTH}×${HEIGHT}`,
    async story(story, globals) {
      await renderStory(story, globals);
      await settle();
      return A.reflow(document);
    },
    async html(markup) {
      const host = document.createElement('div');
      host.innerHTML = markup;
      document.body.append(host);
      await settle();
      try { return A.reflow(document); } finally { host.remove(); }
    },
    close: () => setViewport(before),
  };
}

/** A 320 CSS px viewport in this engine, the best way it allows (or `how` to force one). */
export function narrowViewport(how: 'auto' | 'frame' | 'viewport' = 'auto'): Promise<NarrowViewport> {
  if (how === 'frame' || (how === 'auto' && engine === 'webkit')) return viaFrame();
  return viaViewport();
}
