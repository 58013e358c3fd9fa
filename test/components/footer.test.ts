import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/footer/footer.js';
import type { ArkiFooter, FooterGroup, FooterLink } from '../../src/components/footer/footer.js';
import { expectAccessible } from '../helpers/a11y.js';

const groups: FooterGroup[] = [
  { heading: 'Asiointi', links: [{ label: 'Sähköinen asiointi', href: '#asiointi' }, { label: 'Lomakkeet', href: '#lomakkeet' }] },
  { heading: 'Tietoa meistä', links: [{ label: 'Päätöksenteko', href: '#paatokset' }] },
];
const social: FooterLink[] = [{ label: 'Kaupunki Facebookissa', href: '#fb' }];
const root = (el: ArkiFooter) => el.shadowRoot!;
const shownHeadings = (el: ArkiFooter) => [...root(el).querySelectorAll<HTMLElement>('.heading')].filter((h) => h.checkVisibility()).map((h) => h.textContent);

function captureWarnings(): { warnings: string[]; restore: () => void } {
  resetDevWarnings();
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (m: string) => warnings.push(m);
  return { warnings, restore: () => (console.warn = orig) };
}

describe('arki-footer', () => {
  it('is the contentinfo landmark with link groups under h2 headings', async () => {
    const el = await fixture<ArkiFooter>(html`<arki-footer .groups=${groups} accessibility-href="/saavutettavuus"></arki-footer>`);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('role')).to.equal('contentinfo');
    const headings = [...root(el).querySelectorAll('.group .heading')];
    expect(headings.map((h) => [h.localName, h.textContent])).to.deep.equal([
      ['h2', 'Asiointi'],
      ['h2', 'Tietoa meistä'],
    ]);
    expect([...root(el).querySelectorAll('.group a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#asiointi', '#lomakkeet', '#paatokset']);
    expect(root(el).querySelectorAll('.group ul > li').length).to.equal(3);
    await expectAccessible(el);
  });

  it('heading-level sets the group headings; a bad value falls back to 2', async () => {
    const el = await fixture<ArkiFooter>(html`<arki-footer heading-level="3" .groups=${groups} accessibility-href="/s"></arki-footer>`);
    expect(root(el).querySelector('.group .heading')!.localName).to.equal('h3');
    const w = captureWarnings();
    try {
      el.setAttribute('heading-level', 'ylä');
      await el.updateComplete;
      expect(root(el).querySelector('.group .heading')!.localName).to.equal('h2');
      expect(w.warnings.some((m) => m.includes('heading-level="ylä"'))).to.equal(true);
    } finally {
      w.restore();
    }
  });

  it('accessibility-href makes a "Saavutettavuusseloste" link; the slot replaces it', async () => {
    const el = await fixture<ArkiFooter>(html`<arki-footer accessibility-href="/saavutettavuus"></arki-footer>`);
    const link = root(el).querySelector<HTMLAnchorElement>('slot[name="accessibility"] a')!;
    expect(link.textContent).to.equal('Saavutettavuusseloste');
    expect(link.getAttribute('href')).to.equal('/saavutettavuus');
    const slotted = await fixture<ArkiFooter>(html`<arki-footer><a slot="accessibility" href="/s">Saavutettavuusseloste (päivitetty)</a></arki-footer>`);
    const slot = root(slotted).querySelector<HTMLSlotElement>('slot[name="accessibility"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Saavutettavuusseloste (päivitetty)');
  });

  it('warns in dev mode when there is no accessibility statement link (Finnish law)', async () => {
    const w = captureWarnings();
    try {
      await fixture<ArkiFooter>(html`<arki-footer></arki-footer>`);
      expect(w.warnings.some((m) => m.includes('<arki-footer>') && m.includes('accessibility statement'))).to.equal(true);
      w.warnings.length = 0;
      resetDevWarnings();
      await fixture<ArkiFooter>(html`<arki-footer><a slot="accessibility" href="/s">Saavutettavuusseloste</a></arki-footer>`);
      await fixture<ArkiFooter>(html`<arki-footer accessibility-href="/s"></arki-footer>`);
      expect(w.warnings.length).to.equal(0);
    } finally {
      w.restore();
    }
  });

  it('contact and social headings appear only with content', async () => {
    const bare = await fixture<ArkiFooter>(html`<arki-footer accessibility-href="/s"></arki-footer>`);
    expect(shownHeadings(bare)).to.deep.equal([]);
    bare.remove(); // one contentinfo per page
    const full = await fixture<ArkiFooter>(html`<arki-footer accessibility-href="/s" .social=${social}>
      <address slot="contact">Kaupungintalo, Torikatu 1</address>
    </arki-footer>`);
    expect(shownHeadings(full)).to.deep.equal(['Yhteystiedot', 'Sosiaalinen media']);
    expect(root(full).querySelector('.social a')!.textContent).to.equal('Kaupunki Facebookissa');
    await expectAccessible(full);
  });

  it('keyboard: Tab goes through the links in reading order', async () => {
    const el = await fixture<ArkiFooter>(html`<arki-footer .groups=${groups} .social=${social} accessibility-href="/s"></arki-footer>`);
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push((root(el).activeElement as HTMLElement).textContent!);
    }
    expect(order).to.deep.equal(['Sähköinen asiointi', 'Lomakkeet', 'Päätöksenteko', 'Kaupunki Facebookissa', 'Saavutettavuusseloste']);
  });

  it('is not a contentinfo inside <article>', async () => {
    const wrap = await fixture<HTMLElement>(html`<article><arki-footer accessibility-href="/s"></arki-footer></article>`);
    const el = wrap.querySelector('arki-footer')!;
    await el.updateComplete;
    expect(root(el).querySelector('[part="base"]')!.hasAttribute('role')).to.equal(false);
  });

  it('is localised in sv and en', async () => {
    for (const [lang, statement, contact] of [['sv', 'Tillgänglighetsutlåtande', 'Kontaktuppgifter'], ['en', 'Accessibility statement', 'Contact']]) {
      const el = await fixture<ArkiFooter>(html`<arki-footer lang=${lang} accessibility-href="/s"><p slot="contact">x</p></arki-footer>`);
      expect(root(el).querySelector('slot[name="accessibility"] a')!.textContent).to.equal(statement);
      expect(shownHeadings(el)).to.deep.equal([contact]);
    }
  });

  it('bad groups JSON: a warning and no groups', async () => {
    const w = captureWarnings();
    try {
      const el = await fixture<ArkiFooter>(html`<arki-footer groups="nope" accessibility-href="/s"></arki-footer>`);
      expect(root(el).querySelectorAll('.group').length).to.equal(0);
      expect(w.warnings.some((m) => m.includes('groups="nope"'))).to.equal(true);
    } finally {
      w.restore();
    }
  });
});
