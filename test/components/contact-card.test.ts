import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/contact-card/contact-card.js';
import type { ArkiContactCard } from '../../src/components/contact-card/contact-card.js';
import type { Contact } from '../../src/data/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const person: Contact = {
  kind: 'person',
  name: 'Maija Meikäläinen',
  role: { fi: 'Rakennustarkastaja', sv: 'Byggnadsinspektör', en: 'Building inspector' },
  organization: { fi: 'Rakennusvalvonta', sv: 'Byggnadstillsynen' },
  phone: '09 310 2611',
  email: 'maija.meikalainen@hel.fi',
  url: 'https://www.hel.fi/rakennusvalvonta/',
  address: { street: 'Työpajankatu 8', postalCode: '00580', city: { fi: 'Helsinki', sv: 'Helsingfors' } },
  hours: { weekly: [{ days: [1, 2, 3, 4], ranges: [{ opens: '09:00', closes: '11:00' }] }] },
};
const TUE_10 = new Date('2025-12-02T08:00:00Z');

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Replaces the clipboard for one test; returns what was written. */
function stubClipboard(behaviour: 'ok' | 'reject'): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
  const had = Object.prototype.hasOwnProperty.call(clipboard, 'writeText');
  const orig = clipboard.writeText;
  clipboard.writeText = async (t: string) => {
    if (behaviour === 'reject') throw new DOMException('Denied', 'NotAllowedError');
    written.push(t);
  };
  return {
    written,
    restore: () => {
      if (had) clipboard.writeText = orig;
      else delete (clipboard as unknown as Record<string, unknown>)['writeText'];
    },
  };
}

describe('arki-contact-card', () => {
  it('renders name, role, organisation and the details with tel: and mailto: links', async () => {
    const el = await fixture<ArkiContactCard>(html`<arki-contact-card .contact=${person} .now=${TUE_10}></arki-contact-card>`);
    const h = shadow(el).querySelector('[part="heading"]')!;
    expect(h.localName).to.equal('h3');
    expect(text(h)).to.equal('Maija Meikäläinen');
    expect(text(shadow(el).querySelector('.role'))).to.equal('Rakennustarkastaja');
    expect(text(shadow(el).querySelector('.org'))).to.equal('Rakennusvalvonta');
    const links = [...shadow(el).querySelectorAll('dd a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:+35893102611', 'mailto:maija.meikalainen@hel.fi', 'https://www.hel.fi/rakennusvalvonta/']);
    expect([...shadow(el).querySelectorAll('dt')].map(text)).to.deep.equal(['Puhelin', 'Sähköposti', 'Osoite', 'Verkkosivut']);
    expect([...shadow(el).querySelectorAll('dd')[2]!.querySelectorAll('.line')].map(text)).to.deep.equal(['Työpajankatu 8', '00580 Helsinki']);
    expect(text(shadow(el).querySelectorAll('dd')[3])).to.equal('www.hel.fi/rakennusvalvonta');
    const hours = shadow(el).querySelector('arki-opening-hours')!;
    await hours.updateComplete;
    expect(text(shadow(hours).querySelector('.status-text'))).to.equal('Avoinna nyt, sulkeutuu klo 11.00');
    expect(text(shadow(hours).querySelector('summary')), 'whose hours: several cards on a page can be told apart').to.equal('Näytä viikon aukioloajat: Maija Meikäläinen');
  });

  it('copy buttons name what they copy, in each language', async () => {
    const names = { fi: ['Kopioi puhelinnumero', 'Kopioi sähköpostiosoite'], sv: ['Kopiera telefonnumret', 'Kopiera e-postadressen'], en: ['Copy phone number', 'Copy email address'] };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const el = await fixture<ArkiContactCard>(html`<arki-contact-card lang=${lang} .contact=${person}></arki-contact-card>`);
      expect([...shadow(el).querySelectorAll('button[part="copy-button"]')].map(text), lang).to.deep.equal(names[lang]);
    }
  });

  it('copy: writes the number, shows "Kopioitu" and announces "Puhelinnumero kopioitu"', async () => {
    const clip = stubClipboard('ok');
    try {
      const el = await fixture<ArkiContactCard>(html`<arki-contact-card .contact=${person}></arki-contact-card>`);
      shadow(el).querySelector<HTMLButtonElement>('[data-copy="phone"]')!.click();
      await wait(150);
      await el.updateComplete;
      expect(clip.written).to.deep.equal(['09 310 2611']);
      await announced('Puhelinnumero kopioitu');
      expect(text(shadow(el).querySelector('[data-copy="phone"]'))).to.equal('Kopioitu puhelinnumero');
      expect(shadow(el).querySelector('[data-copy="phone"] arki-icon')!.getAttribute('name')).to.equal('check');
      expect(text(shadow(el).querySelector('[data-copy="email"]'))).to.equal('Kopioi sähköpostiosoite');
    } finally {
      clip.restore();
    }
  });

  it('copy by keyboard: Enter on the email copy button (sv)', async () => {
    const clip = stubClipboard('ok');
    try {
      const el = await fixture<ArkiContactCard>(html`<arki-contact-card lang="sv" .contact=${person}></arki-contact-card>`);
      shadow(el).querySelector<HTMLButtonElement>('[data-copy="email"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await wait(150);
      expect(clip.written).to.deep.equal(['maija.meikalainen@hel.fi']);
      await announced('E-postadressen har kopierats');
      await sendKeys({ press: ' ' });
      await wait(150);
      expect(clip.written.length).to.equal(2);
    } finally {
      clip.restore();
    }
  });

  it('falls back to execCommand when the Clipboard API refuses, and keeps focus on the button', async () => {
    const clip = stubClipboard('reject');
    const orig = document.execCommand;
    let copiedValue = '';
    document.execCommand = ((cmd: string) => {
      const active = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement) as HTMLTextAreaElement | null;
      if (cmd === 'copy' && active?.localName === 'textarea') copiedValue = active.value;
      return cmd === 'copy';
    }) as typeof document.execCommand;
    try {
      const el = await fixture<ArkiContactCard>(html`<arki-contact-card .contact=${person}></arki-contact-card>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('[data-copy="email"]')!;
      button.focus();
      expect(await el.copy('email')).to.equal(true);
      expect(copiedValue).to.equal('maija.meikalainen@hel.fi');
      expect(shadow(el).activeElement).to.equal(button);
      expect(shadow(el).querySelector('textarea')).to.equal(null);
      await wait(150);
      await announced('Sähköpostiosoite kopioitu');
    } finally {
      document.execCommand = orig;
      clip.restore();
    }
  });

  it('when copying fails entirely: a visible message and an announcement', async () => {
    const clip = stubClipboard('reject');
    const orig = document.execCommand;
    document.execCommand = (() => false) as typeof document.execCommand;
    try {
      const el = await fixture<ArkiContactCard>(html`<arki-contact-card lang="en" .contact=${person}></arki-contact-card>`);
      expect(await el.copy('phone')).to.equal(false);
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.copy-failed'))).to.equal("Couldn't copy. Select the text and copy it yourself.");
      await wait(150);
      await announced("Couldn't copy. Select the text and copy it yourself.");
    } finally {
      document.execCommand = orig;
      clip.restore();
    }
  });

  it('attribute mode; no-copy hides the buttons', async () => {
    const el = await fixture<ArkiContactCard>(html`<arki-contact-card kind="unit" name="Asiakaspalvelu" job-title="Neuvonta" phone="09 310 1691" email="neuvonta@hel.fi" no-copy heading-level="2"></arki-contact-card>`);
    expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
    expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('Asiakaspalvelu');
    expect(text(shadow(el).querySelector('.role'))).to.equal('Neuvonta');
    expect(el.hasAttribute('role')).to.equal(false);
    expect(shadow(el).querySelector('a[href="tel:+35893101691"]')).to.not.equal(null);
    expect(shadow(el).querySelectorAll('button').length).to.equal(0);
  });

  it('bad data: dropped with a warning; the card still shows what is valid; missing contact says so', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await fixture<ArkiContactCard>(html`<arki-contact-card .contact=${{ ...person, email: 'not-an-email', phone: 'soita <script>' } as Contact}></arki-contact-card>`);
      expect(shadow(el).querySelectorAll('button').length).to.equal(0);
      expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('Maija Meikäläinen');
      const w = warnings.find((m) => m.includes('<arki-contact-card>'))!;
      expect(w).to.contain('not an e-mail address');
      expect(w).to.contain('not a phone number');
      const none = await fixture<ArkiContactCard>(html`<arki-contact-card lang="sv"></arki-contact-card>`);
      expect(text(shadow(none).querySelector('.missing'))).to.equal('Kontaktuppgifterna saknas.');
    } finally {
      console.warn = orig;
    }
  });

  it('json-ld: Person with job title and employer', async () => {
    const el = await fixture<ArkiContactCard>(html`<arki-contact-card json-ld .contact=${person}></arki-contact-card>`);
    await nextFrame();
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data['@type']).to.equal('Person');
    expect(data.jobTitle).to.equal('Rakennustarkastaja');
    expect(data.worksFor.name).to.equal('Rakennusvalvonta');
    expect(data.telephone).to.equal('09 310 2611');
  });

  it('is accessible: person, unit, copied, failed, missing, sv, en', async () => {
    const clip = stubClipboard('ok');
    try {
      const wrap = await fixture<HTMLElement>(html`<div>
        <arki-contact-card .contact=${person} .now=${TUE_10}></arki-contact-card>
        <arki-contact-card kind="unit" name="Asiakaspalvelu" phone="09 310 1691"></arki-contact-card>
        <arki-contact-card lang="sv" .contact=${person} .now=${TUE_10}></arki-contact-card>
        <arki-contact-card lang="en" .contact=${person} .now=${TUE_10}></arki-contact-card>
        <arki-contact-card></arki-contact-card>
      </div>`);
      const first = wrap.querySelector('arki-contact-card')!;
      await first.copy('phone');
      await first.updateComplete;
      await expectAccessible(wrap);
    } finally {
      clip.restore();
    }
  });
});
