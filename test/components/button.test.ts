import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/button/button.js';
import type { ArkiButton } from '../../src/components/button/button.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';

const inner = (el: ArkiButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

describe('arki-button', () => {
  it('renders a native button with its text and slots', async () => {
    const el = await fixture<ArkiButton>(html`<arki-button><span slot="start" aria-hidden="true">★</span>Lähetä</arki-button>`);
    const button = inner(el);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    expect(el.variant).to.equal('primary');
    expect(el.size).to.equal('m');
    expect(el.shadowRoot!.querySelectorAll('slot').length).to.equal(3);
  });

  it('reflects variant and size, and falls back on unknown values with a warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiButton>(html`<arki-button variant="shiny" size="xxl">OK</arki-button>`);
      expect(el.variant).to.equal('primary');
      expect(el.size).to.equal('m');
      expect(el.getAttribute('variant')).to.equal('primary');
      expect(warnings.some((w) => w.includes('variant="shiny"') && w.includes('<arki-button>'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('meets target sizes: ≥24 px at s, ≥44 px at m and l', async () => {
    for (const [size, min] of [['s', 24], ['m', 44], ['l', 44]] as const) {
      const el = await fixture<ArkiButton>(html`<arki-button size=${size}>x</arki-button>`);
      const r = inner(el).getBoundingClientRect();
      expect(r.height, `${size} height`).to.be.at.least(min);
      expect(r.width, `${size} width`).to.be.at.least(min);
    }
  });

  it('is keyboard operable: Tab focuses, Enter and Space activate', async () => {
    const el = await fixture<ArkiButton>(html`<arki-button>OK</arki-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(clicks).to.equal(2);
  });

  it('disabled: native disabled, not focusable, clicks do not reach listeners', async () => {
    const el = await fixture<ArkiButton>(html`<arki-button disabled>OK</arki-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.click();
    expect(clicks).to.equal(0);
    expect(inner(el).hasAttribute('disabled')).to.equal(true);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('disabled looks disabled in every variant; loading keeps its variant colours', async () => {
    for (const variant of ['primary', 'secondary', 'danger']) {
      const el = await fixture<HTMLElement>(html`<div>
        <arki-button variant=${variant}>A</arki-button><arki-button variant=${variant} disabled>A</arki-button><arki-button variant=${variant} loading>A</arki-button>
      </div>`);
      const [enabled, disabled, loading] = [...el.querySelectorAll('arki-button')].map((b) => getComputedStyle(inner(b as ArkiButton)));
      expect(disabled!.backgroundColor, `${variant} disabled background`).to.not.equal(enabled!.backgroundColor);
      expect(disabled!.color, `${variant} disabled text`).to.not.equal(enabled!.color);
      expect(loading!.backgroundColor, `${variant} loading background`).to.equal(enabled!.backgroundColor);
    }
  });

  it('loading: aria-disabled, stays focusable, ignores clicks, announces', async () => {
    const el = await fixture<ArkiButton>(html`<arki-button lang="en">Send</arki-button>`);
    el.focus();
    el.loading = true;
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.click();
    inner(el).click();
    expect(clicks).to.equal(0);
    await waitUntil(() => lastAnnouncement() === 'Loading', 'the loading state is announced', { timeout: 3000 });
  });

  it('submits its form through ElementInternals with name and value, once per click', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" value="koira" /><arki-button type="submit" name="action" value="save">Tallenna</arki-button></form>`);
    const el = form.querySelector('arki-button')!;
    await el.updateComplete;
    let count = 0;
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      count++;
      data = new FormData(form, (e as SubmitEvent).submitter);
    });
    el.click();
    expect(count).to.equal(1);
    expect(data!.get('q')).to.equal('koira');
    expect(data!.get('action')).to.equal('save');
    expect(form.querySelectorAll('button').length, 'proxy removed').to.equal(0);
  });

  it('does not submit an invalid form (constraint validation runs)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="q" required /><arki-button type="submit">OK</arki-button></form>`);
    let submitted = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); submitted = true; });
    form.querySelector('arki-button')!.click();
    expect(submitted).to.equal(false);
  });

  it('Enter in a text input submits through it, as a native default button', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="a" /><input name="b" /><arki-button type="submit" name="go" value="1">OK</arki-button></form>`);
    await form.querySelector('arki-button')!.updateComplete;
    form.querySelector('input')!.focus();
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data = new FormData(form, e.submitter);
    });
    const submitted = oneEvent(form, 'submit');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(data!.get('go')).to.equal('1');
  });

  it('type=reset resets the form; type=button does nothing to it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="a" value="x" /><arki-button type="reset">Tyhjennä</arki-button><arki-button>Muu</arki-button></form>`);
    const input = form.querySelector('input')!;
    input.value = 'changed';
    let submitted = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); submitted = true; });
    form.querySelectorAll('arki-button')[1]!.click();
    expect(input.value).to.equal('changed');
    expect(submitted).to.equal(false);
    form.querySelector('arki-button')!.click();
    expect(input.value).to.equal('x');
  });

  it('link mode renders an <a>; a new tab is announced in the current language', async () => {
    const el = await fixture<ArkiButton>(html`<arki-button lang="sv" href="/palvelut" target="_blank">Tjänster</arki-button>`);
    const a = inner(el);
    expect(a.localName).to.equal('a');
    expect(a.getAttribute('href')).to.equal('/palvelut');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    // The strings are loaded on first need (a plain button does not carry the i18n layer).
    await waitUntil(() => a.textContent!.includes('öppnas i en ny flik'), `new tab announced in Swedish (now "${a.textContent!.trim()}")`, { timeout: 3000 });
    el.setAttribute('lang', 'fi');
    await nextFrame(); // the lang observer is a MutationObserver
    await el.updateComplete;
    expect(inner(el).textContent).to.contain('avautuu uuteen välilehteen');
  });

  it('disabled link has no href and is marked aria-disabled', async () => {
    const el = await fixture<ArkiButton>(html`<arki-button href="/x" disabled>X</arki-button>`);
    expect(inner(el).hasAttribute('href')).to.equal(false);
    expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows a visible focus ring that differs from the unfocused state', async () => {
    const el = await fixture<ArkiButton>(html`<arki-button>OK</arki-button>`);
    const before = getComputedStyle(inner(el)).outlineStyle;
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(inner(el));
    expect(before).to.equal('none');
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('defining twice is a no-op, not an exception', async () => {
    const { defineElement } = await import('../../src/base/define.js');
    const { ArkiButton } = await import('../../src/components/button/button.js');
    expect(() => defineElement('arki-button', ArkiButton)).not.to.throw();
  });

  for (const variant of ['primary', 'secondary', 'tertiary', 'danger']) {
    it(`is accessible: ${variant}, disabled and loading`, async () => {
      const el = await fixture<HTMLElement>(html`<div>
        <arki-button variant=${variant}>Lähetä hakemus</arki-button>
        <arki-button variant=${variant} disabled>Lähetä hakemus</arki-button>
        <arki-button variant=${variant} loading>Lähetä hakemus</arki-button>
        <arki-button variant=${variant} href="/x">Linkki</arki-button>
      </div>`);
      await expectAccessible(el);
    });
  }
});
