import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/visually-hidden/visually-hidden.js';
import type { ArkiVisuallyHidden } from '../../src/components/visually-hidden/visually-hidden.js';
import { expectAccessible } from '../helpers/a11y.js';

describe('arki-visually-hidden', () => {
  it('hides its content visually but keeps it in the accessibility tree', async () => {
    const el = await fixture<HTMLElement>(html`<p><button>Muokkaa<arki-visually-hidden> osoitetta</arki-visually-hidden></button></p>`);
    const hidden = el.querySelector('arki-visually-hidden')!;
    const r = hidden.getBoundingClientRect();
    expect(r.width).to.be.at.most(1);
    expect(r.height).to.be.at.most(1);
    const style = getComputedStyle(hidden);
    expect(style.display).not.to.equal('none');
    expect(style.visibility).not.to.equal('hidden');
    expect(hidden.hasAttribute('aria-hidden')).to.equal(false);
    // Still part of the text the button's name is computed from.
    expect(el.querySelector('button')!.textContent).to.equal('Muokkaa osoitetta');
    await expectAccessible(el);
  });

  it('focusable: appears while focus is inside and hides again after', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <arki-visually-hidden focusable><a href="#ohje">Ohje näppäimistön käyttäjille</a></arki-visually-hidden>
      <button>Seuraava</button>
    </div>`);
    const vh = el.querySelector<ArkiVisuallyHidden>('arki-visually-hidden')!;
    expect(vh.focusable).to.equal(true);
    expect(vh.getBoundingClientRect().width).to.be.at.most(1);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('a'));
    expect(vh.getBoundingClientRect().width).to.be.greaterThan(20);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('button'));
    expect(vh.getBoundingClientRect().width).to.be.at.most(1);
    await expectAccessible(el);
  });

  it('without focusable, stays hidden even when something inside has focus', async () => {
    const el = await fixture<ArkiVisuallyHidden>(html`<arki-visually-hidden><a href="#x">x</a></arki-visually-hidden>`);
    el.querySelector('a')!.focus();
    expect(el.getBoundingClientRect().width).to.be.at.most(1);
  });
});
