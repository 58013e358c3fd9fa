import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/details/details.js';
import type { ArkiDetails } from '../../src/components/details/details.js';
import { expectAccessible } from '../helpers/a11y.js';

const summary = (el: ArkiDetails) => el.shadowRoot!.querySelector('summary')!;
const details = (el: ArkiDetails) => el.shadowRoot!.querySelector('details')!;
const contentVisible = (el: ArkiDetails) => el.shadowRoot!.querySelector<HTMLElement>('.content')!.checkVisibility();

describe('arki-details', () => {
  it('renders a native details and summary, closed by default', async () => {
    const el = await fixture<ArkiDetails>(html`<arki-details summary="Mitä kotikunta tarkoittaa?">Kotikunta on…</arki-details>`);
    expect(details(el)).to.exist;
    expect(summary(el).textContent).to.contain('Mitä kotikunta tarkoittaa?');
    expect(el.open).to.equal(false);
    expect(contentVisible(el)).to.equal(false);
    await expectAccessible(el);
  });

  it('Enter and Space on the summary toggle it and fire toggle; open is reflected', async () => {
    const el = await fixture<ArkiDetails>(html`<arki-details summary="Ohje">Sisältö</arki-details>`);
    const events: string[] = [];
    el.addEventListener('toggle', (e) => events.push((e as ToggleEvent).newState ?? String(el.open)));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summary(el));
    let t = oneEvent(el, 'toggle');
    await sendKeys({ press: 'Enter' });
    await t;
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(contentVisible(el)).to.equal(true);
    await expectAccessible(el);
    t = oneEvent(el, 'toggle');
    await sendKeys({ press: ' ' });
    await t;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(events).to.deep.equal(['open', 'closed']);
  });

  it('a click toggles; the event bubbles out of the shadow root', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><arki-details summary="Ohje">Sisältö</arki-details></div>`);
    const el = wrap.querySelector('arki-details')!;
    await el.updateComplete;
    const t = oneEvent(wrap, 'toggle');
    summary(el).click();
    await t;
    expect(el.open).to.equal(true);
  });

  it('setting open from script opens it without firing toggle', async () => {
    const el = await fixture<ArkiDetails>(html`<arki-details summary="Ohje">Sisältö</arki-details>`);
    let fired = 0;
    el.addEventListener('toggle', () => fired++);
    el.open = true;
    await el.updateComplete;
    expect(details(el).open).to.equal(true);
    await new Promise((r) => setTimeout(r, 50)); // the native toggle is queued as a task
    el.open = false;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(details(el).open).to.equal(false);
    expect(fired).to.equal(0);
  });

  it('the open attribute in markup shows the content at once', async () => {
    const el = await fixture<ArkiDetails>(html`<arki-details open summary="Ohje">Sisältö</arki-details>`);
    expect(details(el).open).to.equal(true);
    expect(contentVisible(el)).to.equal(true);
    await expectAccessible(el);
  });

  it('accepts summary markup in the summary slot', async () => {
    const el = await fixture<ArkiDetails>(html`<arki-details><span slot="summary">Miten <strong>haen</strong>?</span>Näin.</arki-details>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="summary"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Miten haen?');
    await expectAccessible(el);
  });
});
