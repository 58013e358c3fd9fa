import { expect, fixture, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArkiDigitalSupport } from '../../src/components/digital-support/digital-support.js';
import type { ArkiFeedback } from '../../src/components/feedback/feedback.js';
import type { ArkiHelp } from '../../src/components/help/help.js';
import type { ArkiTextField } from '../../src/components/text-field/text-field.js';
import type { ArkiTimeoutWarning } from '../../src/components/timeout-warning/timeout-warning.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { renderServicePageHelp, type ServicePageOptions } from '../../stories/example-service-page-help.stories.js';
import { expectAccessible } from '../helpers/a11y.js';

// Patterns/Service page with help: a form with contextual help on two fields, the feedback
// widget, the session timeout warning and the digital support launcher, working together.

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const deepActive = (doc: Document = document): Element | null => {
  let a = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const overlap = (a: DOMRect, b: DOMRect) => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
type Updatable = Element & { updateComplete?: Promise<unknown> };
/** Waits until every Arki element in `root` (and in their shadow roots) has rendered. */
async function settled(root: Document | Element) {
  for (let i = 0; i < 3; i++) {
    const all: Updatable[] = [];
    const visit = (node: Document | Element | ShadowRoot) => {
      for (const el of node.querySelectorAll<Updatable>('*')) {
        if (el.updateComplete) all.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(all.map((e) => e.updateComplete));
    await nextFrame();
  }
}

/** Waits (at most a second) for a dialog's fade-in to end: axe would measure half-faded colours. */
async function animationsDone(target: Element): Promise<void> {
  const finite = target.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 1000))]);
}

/** The page in a 320 × 640 CSS px frame: its own layout viewport, so media queries and vw answer to 320. */
async function narrowPage(): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'Palvelusivu 320 px';
  frame.width = '320';
  frame.height = '640';
  frame.style.border = '0';
  // Absolute paths: the frame shares the test server. The page is the story's own render function.
  frame.srcdoc = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Palvelusivu</title>
    <style>body { margin: 0; font-family: system-ui, sans-serif; }</style></head><body>
    <script type="module">
      import { installTokens } from '/src/tokens/install.ts';
      import { mountServicePageHelp } from '/stories/example-service-page-help.stories.ts';
      installTokens(document);
      mountServicePageHelp(document.body, 'fi');
      window.pageReady = true;
    </script></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { pageReady?: boolean };
  for (let i = 0; !win.pageReady && i < 400; i++) await wait(25);
  if (!win.pageReady) throw new Error('the service page did not load in the frame');
  const doc = frame.contentDocument!;
  await settled(doc);
  return { frame, doc };
}

describe('Patterns/Service page with help', () => {
  describe('at 320 px', () => {
    let frame: HTMLIFrameElement;
    let doc: Document;
    before(async () => {
      ({ frame, doc } = await narrowPage());
    });
    after(() => frame?.remove());

    it('has a 320 px layout viewport and no horizontal scrolling', () => {
      expect(frame.contentWindow!.innerWidth).to.equal(320);
      // Firefox keeps a classic scrollbar in the frame: the page must fit beside it.
      expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(doc.documentElement.clientWidth);
    });

    it('the launcher does not float: it sits at the end of the page, after the feedback', () => {
      const ds = doc.querySelector<ArkiDigitalSupport>('arki-digital-support')!;
      expect(ds.floating).to.equal(false);
      const launcher = ds.shadowRoot!.querySelector('[part="launcher"]')!;
      expect(frame.contentWindow!.getComputedStyle(launcher.parentElement!).position).to.equal('static');
      const feedback = doc.querySelector('arki-feedback')!.getBoundingClientRect();
      expect(launcher.getBoundingClientRect().top).to.be.at.least(feedback.bottom);
    });

    it('no focused field is covered by the launcher', async () => {
      const ds = doc.querySelector<ArkiDigitalSupport>('arki-digital-support')!;
      const launcher = ds.shadowRoot!.querySelector('[part="launcher"]')!;
      const fields = [
        doc.querySelector<ArkiTextField>('#plate')!.shadowRoot!.querySelector('input')!,
        doc.querySelector('#plate arki-help')!.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')!,
        doc.querySelector<ArkiTextField>('#hetu')!.shadowRoot!.querySelector('input')!,
        doc.querySelector('#notes')!.shadowRoot!.querySelector('textarea')!,
        doc.querySelector('form arki-button')!.shadowRoot!.querySelector('button')!,
        doc.querySelector('arki-feedback')!.shadowRoot!.querySelector('.yes')!.shadowRoot!.querySelector('button')!,
      ];
      for (const field of fields) {
        field.focus();
        await nextFrame();
        const r = field.getBoundingClientRect();
        expect(deepActive(doc), `${field.localName} focused`).to.equal(field);
        expect(overlap(r, launcher.getBoundingClientRect()), `${field.localName} covered`).to.equal(false);
        expect(r.top >= 0 && r.bottom <= frame.contentWindow!.innerHeight, `${field.localName} in view`).to.equal(true);
      }
    });

    it('an open help text stays within 320 px and adds no horizontal scrolling', async () => {
      const help = doc.querySelector<ArkiHelp>('#plate arki-help')!;
      help.show();
      await help.updateComplete;
      await nextFrame();
      const box = help.shadowRoot!.querySelector('[part="popover"]')!.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(doc.documentElement.clientWidth);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
      help.hide();
      await help.updateComplete;
    });

    it('the launcher opens its panel in the flow, still without horizontal scrolling', async () => {
      const ds = doc.querySelector<ArkiDigitalSupport>('arki-digital-support')!;
      ds.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!.click();
      await settled(doc);
      const panel = ds.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(panel.hidden).to.equal(false);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    });
  });

  describe('wide', () => {
    async function page(options: ServicePageOptions = {}) {
      const root = await fixture<HTMLElement>(renderServicePageHelp('fi', { breakpoint: '1px', ...options }));
      await settled(root);
      return root;
    }
    const helpOf = (root: HTMLElement, field: string) => root.querySelector<ArkiHelp>(`#${field} arki-help`)!;
    const trigger = (help: ArkiHelp) => help.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;

    it('contextual help on two fields, named after them, opens and closes with the keyboard', async () => {
      const root = await page();
      const plate = helpOf(root, 'plate');
      const hetu = helpOf(root, 'hetu');
      expect(trigger(plate).getAttribute('aria-label')).to.equal('Ohje: Ajoneuvon rekisteritunnus');
      expect(trigger(hetu).getAttribute('aria-label')).to.equal('Ohje: Henkilötunnus');
      trigger(plate).focus();
      await sendKeys({ press: 'Enter' });
      await plate.updateComplete;
      expect(plate.open).to.equal(true);
      await wait(150);
      expect(lastAnnouncement()).to.contain('Rekisteritunnus on ajoneuvon rekisterikilvessä');
      await sendKeys({ press: 'Escape' });
      await plate.updateComplete;
      expect(plate.open).to.equal(false);
      expect(deepActive()).to.equal(trigger(plate));
      await sendKeys({ press: ' ' });
      await hetu.updateComplete;
      await plate.updateComplete;
      expect(plate.open).to.equal(true);
      trigger(hetu).click();
      await plate.updateComplete;
      await hetu.updateComplete;
      expect(plate.open, 'one help at a time').to.equal(false);
      expect(hetu.open).to.equal(true);
      hetu.hide();
    });

    it('feedback flow: No, a comment, send, thank-you; a failure keeps the text for a retry', async () => {
      const root = await page({ feedback: 'failure' });
      const feedback = root.querySelector<ArkiFeedback>('arki-feedback')!;
      const press = (sel: string) => feedback.shadowRoot!.querySelector(sel)!.shadowRoot!.querySelector('button')!.click();
      press('.no');
      await settled(feedback);
      const area = feedback.shadowRoot!.querySelector('arki-textarea')!.shadowRoot!.querySelector('textarea')!;
      area.focus();
      for (const ch of 'Liite ei latautunut') await sendKeys({ type: ch });
      press('.send');
      await wait(400);
      await settled(feedback);
      expect(feedback.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      expect(feedback.shadowRoot!.querySelector('arki-textarea')!.value).to.equal('Liite ei latautunut');
      const ok = await page();
      const fb = ok.querySelector<ArkiFeedback>('arki-feedback')!;
      fb.shadowRoot!.querySelector('.yes')!.shadowRoot!.querySelector('button')!.click();
      await settled(fb);
      fb.shadowRoot!.querySelector('.send')!.shadowRoot!.querySelector('button')!.click();
      await wait(400);
      await settled(fb);
      expect(fb.shadowRoot!.querySelector('[part="thanks"]')!.textContent).to.contain('Kiitos palautteestasi');
    });

    it('the timeout warning opens over the form, keeps what was typed, and continuing returns to the field', async () => {
      const clock = { now: new Date('2025-12-02T08:00:00Z').getTime() };
      const root = await page({ clock: () => new Date(clock.now), timeout: 600 });
      const warning = root.querySelector<ArkiTimeoutWarning>('arki-timeout-warning')!;
      const input = root.querySelector<ArkiTextField>('#plate')!.shadowRoot!.querySelector('input')!;
      input.focus();
      for (const ch of 'ABC-123') await sendKeys({ type: ch });
      clock.now += 500_000;
      warning.check();
      await settled(root);
      const dialog = warning.shadowRoot!.querySelector('arki-dialog')!.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      await animationsDone(dialog);
      await expectAccessible(dialog);
      await sendKeys({ press: 'Enter' }); // "Jatka istuntoa" has focus
      await wait(400); // the demo's server answers in 300 ms
      await settled(root);
      expect(dialog.open).to.equal(false);
      expect(root.querySelector<ArkiTextField>('#plate')!.value).to.equal('ABC-123');
      expect(deepActive()).to.equal(input);
      expect(warning.remaining).to.equal(600);
    });

    it('the floating launcher never covers the focused field', async () => {
      const root = await page();
      const ds = root.querySelector<ArkiDigitalSupport>('arki-digital-support')!;
      expect(ds.floating).to.equal(true);
      const launcher = ds.shadowRoot!.querySelector('[part="launcher"]')!;
      for (const id of ['plate', 'hetu']) {
        const input = root.querySelector<ArkiTextField>(`#${id}`)!.shadowRoot!.querySelector('input')!;
        input.focus();
        await nextFrame();
        await nextFrame();
        expect(overlap(input.getBoundingClientRect(), launcher.getBoundingClientRect()), id).to.equal(false);
      }
      const area = root.querySelector('#notes')!.shadowRoot!.querySelector('textarea')!;
      area.focus();
      await nextFrame();
      await nextFrame();
      expect(overlap(area.getBoundingClientRect(), launcher.getBoundingClientRect())).to.equal(false);
      window.scrollTo(0, 0);
    });

    it('is accessible as a whole', async () => {
      const root = await page();
      await expectAccessible(root);
    });
  });
});
