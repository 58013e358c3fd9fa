import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/skip-link/skip-link.js';
import type { ArkiSkipLink } from '../../src/components/skip-link/skip-link.js';
import { expectAccessible } from '../helpers/a11y.js';

const anchor = (el: ArkiSkipLink) => el.shadowRoot!.querySelector('a')!;
/** Can the user see (and click) the link? Hit testing respects the clip that hides it. */
const seen = (el: ArkiSkipLink) => {
  const r = anchor(el).getBoundingClientRect();
  const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!hit && anchor(el).contains(hit);
};

describe('arki-skip-link', () => {
  it('is hidden until focused, then visible; Enter moves focus to <main>', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <arki-skip-link></arki-skip-link>
      <a href="#etusivu">Etusivu</a>
      <main><h1>Otsikko</h1><a href="#eka">Ensimmäinen linkki</a></main>
    </div>`);
    const el = page.querySelector('arki-skip-link')!;
    await el.updateComplete;
    expect(seen(el)).to.equal(false);
    expect(el.getBoundingClientRect().height, 'takes no room').to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(anchor(el));
    expect(seen(el)).to.equal(true);
    const r = anchor(el).getBoundingClientRect();
    expect(r.width).to.be.greaterThan(100);
    expect(r.height).to.be.at.least(24);
    await sendKeys({ press: 'Enter' });
    const main = page.querySelector('main')!;
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    // The next Tab continues inside the main content, not in the header.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(page.querySelector('#eka') ?? page.querySelector('main a'));
    expect(main.hasAttribute('tabindex'), 'tabindex removed on blur').to.equal(false);
  });

  it('defaults to #main before <main>, and accepts an id or a selector as target', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <arki-skip-link></arki-skip-link>
      <arki-skip-link target="sisalto"></arki-skip-link>
      <arki-skip-link target=".content"></arki-skip-link>
      <main><div id="main">main by id</div></main>
      <div id="sisalto">sisältö</div>
      <section class="content">content</section>
    </div>`);
    const [a, b, c] = [...page.querySelectorAll('arki-skip-link')];
    expect(a!.findTarget()?.id).to.equal('main');
    expect(b!.findTarget()?.id).to.equal('sisalto');
    expect(c!.findTarget()?.className).to.equal('content');
    await b!.updateComplete;
    expect(anchor(b!).getAttribute('href')).to.equal('#sisalto');
    anchor(c!).click();
    expect(document.activeElement).to.equal(page.querySelector('.content'));
  });

  it('does not add tabindex to a target that is focusable already', async () => {
    const page = await fixture<HTMLElement>(html`<div><arki-skip-link target="#t"></arki-skip-link><a id="t" href="#x">x</a></div>`);
    const el = page.querySelector('arki-skip-link')!;
    await el.updateComplete;
    anchor(el).click();
    expect(document.activeElement).to.equal(page.querySelector('#t'));
    expect(page.querySelector('#t')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('warns when the target is missing, and leaves the link to the browser', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiSkipLink>(html`<arki-skip-link target="#ei-ole"></arki-skip-link>`);
      await nextFrame();
      await nextFrame();
      expect(warnings.some((w) => w.includes('<arki-skip-link>') && w.includes('#ei-ole'))).to.equal(true);
      expect(el.findTarget()).to.equal(null);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      // Cancel the navigation ourselves so the test page stays put; the component must not have.
      anchor(el).addEventListener('click', (e) => expect(e.defaultPrevented).to.equal(false), { once: true });
      anchor(el).addEventListener('click', (e) => e.preventDefault());
      anchor(el).dispatchEvent(click);
    } finally {
      console.warn = orig;
    }
  });

  it('has the default text in fi, sv and en, and slotted text wins', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <arki-skip-link lang="fi"></arki-skip-link>
      <arki-skip-link lang="sv"></arki-skip-link>
      <arki-skip-link lang="en"></arki-skip-link>
      <arki-skip-link>Siirry hakulomakkeeseen</arki-skip-link>
      <main id="main"></main>
    </div>`);
    const els = [...page.querySelectorAll('arki-skip-link')];
    await Promise.all(els.map((e) => e.updateComplete));
    const text = (e: Element) => e.shadowRoot!.querySelector('slot')!.assignedNodes({ flatten: true }).map((n) => n.textContent).join('').trim();
    expect(els.map(text)).to.deep.equal(['Siirry pääsisältöön', 'Hoppa till huvudinnehållet', 'Skip to main content', 'Siirry hakulomakkeeseen']);
  });

  it('is accessible, hidden and focused', async () => {
    const page = await fixture<HTMLElement>(html`<div><arki-skip-link></arki-skip-link><main id="main"><p>x</p></main></div>`);
    await expectAccessible(page);
    await sendKeys({ press: 'Tab' });
    await expectAccessible(page);
  });
});
