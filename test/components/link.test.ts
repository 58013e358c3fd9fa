import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/link/link.js';
import type { ArkiLink } from '../../src/components/link/link.js';
import { expectAccessible } from '../helpers/a11y.js';

const a = (el: ArkiLink) => el.shadowRoot!.querySelector('a')!;
/** The text a screen reader gets: slotted text plus the shadow root's own text. */
const spoken = (el: ArkiLink) =>
  [...a(el).childNodes]
    .filter((n) => n.nodeType !== Node.COMMENT_NODE)
    .map((n) => (n instanceof HTMLSlotElement ? n.assignedNodes().map((m) => m.textContent).join('') : n.textContent))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

describe('arki-link', () => {
  it('a plain link says nothing extra and has no icon', async () => {
    const el = await fixture<ArkiLink>(html`<arki-link href="/palvelut">Palvelut</arki-link>`);
    expect(a(el).getAttribute('href')).to.equal('/palvelut');
    expect(a(el).hasAttribute('target')).to.equal(false);
    expect(a(el).hasAttribute('rel')).to.equal(false);
    expect(el.shadowRoot!.querySelector('arki-icon')).to.equal(null);
    expect(spoken(el)).to.equal('Palvelut');
  });

  it('target=_blank: icon, "(avautuu uuteen välilehteen)" and rel noopener noreferrer', async () => {
    const el = await fixture<ArkiLink>(html`<arki-link href="https://example.org" target="_blank" rel="external">Kela</arki-link>`);
    expect(a(el).getAttribute('target')).to.equal('_blank');
    expect(a(el).getAttribute('rel')).to.equal('external noopener noreferrer');
    expect(el.shadowRoot!.querySelector('arki-icon')!.getAttribute('name')).to.equal('external-link');
    expect(spoken(el)).to.equal('Kela (avautuu uuteen välilehteen)');
  });

  it('external without a new tab: icon and "ulkoinen sivusto", never the new-tab text', async () => {
    const el = await fixture<ArkiLink>(html`<arki-link href="https://example.org" external>Kela</arki-link>`);
    expect(el.shadowRoot!.querySelector('arki-icon')!.getAttribute('name')).to.equal('external-link');
    expect(spoken(el)).to.equal('Kela (ulkoinen sivusto)');
    expect(spoken(el)).not.to.contain('välilehteen');
    el.target = '_blank';
    await el.updateComplete;
    expect(spoken(el)).to.equal('Kela (ulkoinen sivusto, avautuu uuteen välilehteen)');
  });

  it('download: type and size in the language of the page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <arki-link lang="fi" href="/a.pdf" download file-type="PDF" file-size="1234567">Hakemus</arki-link>
      <arki-link lang="sv" href="/a.pdf" download="ansokan.pdf" file-type="PDF" file-size="1234567">Ansökan</arki-link>
      <arki-link lang="en" href="/a.docx" download file-type="DOCX" file-size="340000">Form</arki-link>
      <arki-link lang="fi" href="/a.txt" download file-size="12">Teksti</arki-link>
    </div>`);
    const [fi, sv, en, small] = [...page.querySelectorAll('arki-link')];
    await Promise.all([fi, sv, en, small].map((e) => e!.updateComplete));
    expect(spoken(fi!)).to.equal('Hakemus (PDF, 1,2 Mt)');
    expect(spoken(sv!)).to.equal('Ansökan (PDF, 1,2 MB)');
    expect(spoken(en!)).to.equal('Form (DOCX, 340 kB)');
    expect(spoken(small!)).to.equal('Teksti (12 tavua)');
    expect(a(fi!).getAttribute('download')).to.equal('');
    expect(a(sv!).getAttribute('download')).to.equal('ansokan.pdf');
    expect(fi!.shadowRoot!.querySelector('arki-icon')!.getAttribute('name')).to.equal('download');
  });

  it('download without type or size: the icon is read as "(lataus)" (fi, sv, en); with them, not', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <arki-link lang="fi" href="/a.pdf" download>Hakemus</arki-link>
      <arki-link lang="sv" href="/a.pdf" download="ansokan.pdf">Ansökan</arki-link>
      <arki-link lang="en" href="/a.pdf" download target="_blank">Form</arki-link>
      <arki-link lang="fi" href="/a.pdf" download file-type="PDF">Lomake</arki-link>
    </div>`);
    const [fi, sv, en, typed] = [...page.querySelectorAll('arki-link')];
    await Promise.all([fi, sv, en, typed].map((e) => e!.updateComplete));
    expect(spoken(fi!)).to.equal('Hakemus (lataus)');
    expect(spoken(sv!)).to.equal('Ansökan (nedladdning)');
    expect(spoken(en!)).to.equal('Form (download, opens in a new tab)');
    expect(spoken(typed!)).to.equal('Lomake (PDF)');
    expect(fi!.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(' (lataus)');
    await expectAccessible(page);
  });

  it('a bad file size is left out with a warning; the link still works', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiLink>(html`<arki-link href="/a.pdf" download file-type="PDF" file-size="iso">Hakemus</arki-link>`);
      expect(spoken(el)).to.equal('Hakemus (PDF)');
      expect(warnings.some((w) => w.includes('<arki-link>') && w.includes('file-size="iso"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('follows the language when lang changes', async () => {
    const el = await fixture<ArkiLink>(html`<arki-link lang="fi" href="/x" target="_blank">X</arki-link>`);
    el.setAttribute('lang', 'sv');
    await nextFrame();
    await el.updateComplete;
    expect(spoken(el)).to.equal('X (öppnas i en ny flik)');
  });

  it('is reached with Tab, activated with Enter, and shows a focus ring', async () => {
    const el = await fixture<ArkiLink>(html`<arki-link href="#kohta">Kohta</arki-link>`);
    let clicked = 0;
    el.addEventListener('click', (e) => {
      e.preventDefault();
      clicked++;
    });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(a(el));
    expect(getComputedStyle(a(el)).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    expect(clicked).to.equal(1);
  });

  it('is accessible in every state', async () => {
    const page = await fixture<HTMLElement>(html`<p>
      <arki-link href="/a">Tavallinen</arki-link>
      <arki-link href="https://example.org" external>Ulkoinen</arki-link>
      <arki-link href="https://example.org" target="_blank">Uusi välilehti</arki-link>
      <arki-link href="/a.pdf" download file-type="PDF" file-size="1200000">Lataus</arki-link>
    </p>`);
    await expectAccessible(page);
  });
});
