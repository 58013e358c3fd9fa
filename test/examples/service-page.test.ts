import { expect } from '@open-wc/testing';
import '../helpers/a11y.js';

// WCAG 1.4.10 Reflow: the service page example must not scroll sideways at 320 CSS px, in
// every language and colour mode. The page runs in an iframe 320 px wide, so its viewport
// really is 320 px (media and container queries included) in all three engines;
// setViewport from @web/test-runner-commands cannot resize WebKit's WebDriver session.

type Locale = 'fi' | 'sv' | 'en';
interface FrameWindow extends Window {
  arkiMount?: (locale: Locale) => Promise<void>;
  arkiError?: string;
}

const WIDTH = 320;

/** Every element matching `selector` under `root`, inside shadow roots too. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
  return out;
}

async function loadFrame(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const origin = location.origin;
  const frame = document.createElement('iframe');
  frame.title = 'Service page at 320 px';
  Object.assign(frame.style, { width: `${WIDTH}px`, height: '900px', border: '0', display: 'block' });
  frame.srcdoc = `<!doctype html><html lang="fi" data-arki-mode="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <style>html { background: var(--arki-color-surface); } body { margin: 0; padding: 16px; }</style></head>
    <body><div id="root"></div><script type="module">
      try {
        const { installTokens } = await import('${origin}/src/tokens/install.ts');
        installTokens(document);
        const { mountServicePage } = await import('${origin}/stories/example-service-page.stories.ts');
        window.arkiMount = (locale) => mountServicePage(document.getElementById('root'), locale);
      } catch (error) {
        window.arkiError = String(error);
      }
      window.dispatchEvent(new Event('arki-ready'));
    </script></body></html>`;
  const ready = new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('the example page did not load in the iframe')), 30000);
    frame.addEventListener('load', () => {
      const win = frame.contentWindow as FrameWindow;
      const done = () => {
        clearTimeout(timeout);
        if (win.arkiError) reject(new Error(`the example page failed to load: ${win.arkiError}`));
        else resolve();
      };
      if (win.arkiMount || win.arkiError) done();
      else win.addEventListener('arki-ready', done);
    });
  });
  document.body.append(frame);
  await ready;
  return { frame, win: frame.contentWindow as FrameWindow };
}

describe('Patterns/Service page at 320 px', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;

  before(async () => {
    ({ frame, win } = await loadFrame());
  });
  after(() => frame?.remove());

  it('the frame viewport is 320 px, and the overflow check can fail', async () => {
    expect(win.innerWidth).to.equal(WIDTH);
    const doc = win.document;
    const wide = doc.createElement('div');
    wide.style.inlineSize = '400px';
    wide.style.blockSize = '1px';
    doc.body.append(wide);
    expect(doc.documentElement.scrollWidth).to.be.greaterThan(WIDTH);
    wide.remove();
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`${locale}: renders the composed page without horizontal scrolling in light, dark and contrast`, async () => {
      const doc = win.document;
      doc.documentElement.lang = locale;
      for (const mode of ['light', 'dark', 'contrast']) {
        doc.documentElement.setAttribute('data-arki-mode', mode);
        await win.arkiMount!(locale);
        // The page is really there: every part rendered its shadow content.
        for (const tag of ['arki-service-card', 'arki-service-channels', 'arki-opening-hours', 'arki-contact-card']) {
          const el = doc.querySelector(tag);
          expect(el?.shadowRoot?.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
        }
        expect(doc.querySelector('.arki-example-help h2')!.textContent).to.not.equal('');
        // Open every disclosure (the channels' week tables), so the widest state is measured.
        const details = deepAll(doc, 'details') as HTMLDetailsElement[];
        expect(details.length).to.be.greaterThan(0);
        for (const d of details) d.open = true;
        await new Promise((r) => win.requestAnimationFrame(() => r(undefined)));
        expect(deepAll(doc, 'table').length).to.be.greaterThan(2);
        const overflowing = [...doc.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > WIDTH + 0.5)
          .map((el) => el.localName + (el.className ? `.${String(el.className)}` : ''));
        expect(doc.documentElement.scrollWidth, `[${mode}] wider than the viewport: ${overflowing.join(', ')}`).to.be.at.most(WIDTH);
      }
    });
  }
});
