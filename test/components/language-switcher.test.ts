import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDevWarnings } from '../../src/base/dev.js';
import '../../src/components/language-switcher/language-switcher.js';
import { ArkiLanguageChangeEvent, type ArkiLanguageSwitcher, type LanguageOption } from '../../src/components/language-switcher/language-switcher.js';
import { expectAccessible } from '../helpers/a11y.js';

const root = (el: ArkiLanguageSwitcher) => el.shadowRoot!;
const options = (el: ArkiLanguageSwitcher) => [...root(el).querySelectorAll<HTMLElement>('.option')];
const option = (el: ArkiLanguageSwitcher, code: string) => root(el).querySelector<HTMLElement>(`.option[data-code="${code}"]`)!;
const notice = (el: ArkiLanguageSwitcher) => root(el).querySelector<HTMLElement>('.notice');

const linked: LanguageOption[] = [
  { code: 'fi', name: 'Suomi', href: '#fi' },
  { code: 'sv', name: 'Svenska', href: '#sv' },
  { code: 'en', name: 'English', href: '#en' },
];

describe('arki-language-switcher', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('names each language in itself, with lang; the page language is aria-current; a nav named in the page language', async () => {
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher lang="fi"></arki-language-switcher>`);
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Kielivalinta');
    expect(options(el).map((o) => [o.textContent, o.getAttribute('lang')])).to.deep.equal([
      ['Suomi', 'fi'],
      ['Svenska', 'sv'],
      ['English', 'en'],
    ]);
    expect(options(el).map((o) => o.getAttribute('aria-current'))).to.deep.equal(['true', null, null]);
    expect(root(el).querySelectorAll('ul > li').length).to.equal(3);
    await expectAccessible(el);
  });

  it('with hrefs: plain links with lang and hreflang; current set explicitly', async () => {
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher current="sv" .languages=${linked}></arki-language-switcher>`);
    for (const o of options(el)) {
      expect(o.localName).to.equal('a');
      expect(o.getAttribute('hreflang')).to.equal(o.getAttribute('lang'));
    }
    expect(option(el, 'sv').getAttribute('aria-current')).to.equal('true');
    expect(option(el, 'fi').hasAttribute('aria-current')).to.equal(false);
    expect(option(el, 'en').getAttribute('href')).to.equal('#en');
    await expectAccessible(el);
  });

  it('a link fires a cancelable arki-language-change; cancelling keeps the browser from following it', async () => {
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher current="fi" .languages=${linked}></arki-language-switcher>`);
    const seen: ArkiLanguageChangeEvent[] = [];
    el.addEventListener('arki-language-change', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    option(el, 'en').focus();
    await sendKeys({ press: 'Enter' });
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.be.instanceOf(ArkiLanguageChangeEvent);
    expect(seen[0]!.code).to.equal('en');
    expect(seen[0]!.href).to.equal('#en');
    expect(seen[0]!.composed && seen[0]!.bubbles).to.equal(true);
    expect(location.hash, 'navigation cancelled').to.equal('');
  });

  it('a link not cancelled is followed', async () => {
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher current="fi" .languages=${linked}></arki-language-switcher>`);
    const changed = oneEvent(window, 'hashchange');
    option(el, 'sv').click();
    await changed;
    expect(location.hash).to.equal('#sv');
  });

  it('single-page app: without hrefs, Enter and Space choose a language by event and move aria-current', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fi"><arki-language-switcher></arki-language-switcher></div>`);
    const el = wrap.querySelector('arki-language-switcher')!;
    await el.updateComplete;
    const codes: string[] = [];
    wrap.addEventListener('arki-language-change', (e) => codes.push(e.code));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(option(el, 'fi'));
    await sendKeys({ press: 'Enter' }); // the current language: nothing happens
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(option(el, 'sv'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(codes).to.deep.equal(['sv']);
    expect(option(el, 'sv').getAttribute('aria-current')).to.equal('true');
    expect(option(el, 'fi').hasAttribute('aria-current')).to.equal(false);
    // The app switches the page language; the labels follow it.
    wrap.setAttribute('lang', 'sv');
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Språkval');
  });

  it('a language without this page: a notice in that language, linking to its front page; Esc closes and returns focus', async () => {
    const langs: LanguageOption[] = [linked[0]!, { code: 'sv', name: 'Svenska', available: false, fallbackHref: '/sv/' }, linked[2]!];
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher lang="fi" .languages=${langs}></arki-language-switcher>`);
    let changes = 0;
    el.addEventListener('arki-language-change', () => changes++);
    const sv = option(el, 'sv');
    expect(sv.localName).to.equal('button');
    expect(sv.getAttribute('aria-expanded')).to.equal('false');
    expect(notice(el)).to.equal(null);
    sv.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const box = notice(el)!;
    expect(box.getAttribute('lang')).to.equal('sv');
    expect(box.querySelector('p')!.textContent).to.equal('Den här sidan finns inte på svenska.');
    const link = box.querySelector('a')!;
    expect(link.textContent).to.equal('Gå till startsidan');
    expect(link.getAttribute('href')).to.equal('/sv/');
    expect(link.getAttribute('hreflang')).to.equal('sv');
    expect(sv.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).getElementById(sv.getAttribute('aria-controls')!)).to.equal(box);
    expect(root(el).activeElement, 'focus moves to the notice').to.equal(box);
    await expectAccessible(el);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(link);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(sv);
    expect(changes).to.equal(0);
  });

  it('the notice in Finnish for a Finnish page reached from English', async () => {
    const langs: LanguageOption[] = [{ code: 'fi', name: 'Suomi', available: false, fallbackHref: '/' }, linked[2]!];
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher lang="en" .languages=${langs}></arki-language-switcher>`);
    option(el, 'fi').click();
    await el.updateComplete;
    expect(notice(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tätä sivua ei ole saatavilla suomeksi. Siirry etusivulle');
  });

  it('a language Arki has no strings for: the page gives the text, or the notice is in the page language', async () => {
    const own: LanguageOption = { code: 'se', name: 'Davvisámegiella', available: false, fallbackHref: '/se/', unavailableText: 'Dát siidu ii leat sámegillii.', fallbackText: 'Ovdasiidui' };
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher lang="fi" .languages=${[linked[0]!, own]}></arki-language-switcher>`);
    option(el, 'se').click();
    await el.updateComplete;
    expect(notice(el)!.getAttribute('lang')).to.equal('se');
    expect(notice(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Dát siidu ii leat sámegillii. Ovdasiidui');
    el.languages = [linked[0]!, { code: 'se', name: 'Davvisámegiella', available: false, fallbackHref: '/se/' }];
    await el.updateComplete;
    expect(notice(el)!.getAttribute('lang')).to.equal('fi');
    expect(notice(el)!.querySelector('p')!.textContent).to.match(/^Tätä sivua ei ole saatavilla kielellä .+\.$/);
    expect(notice(el)!.querySelector('a')!.textContent).to.equal('Siirry etusivulle');
  });

  it('more languages by JSON attribute; bad JSON falls back to Suomi, Svenska, English with a warning', async () => {
    const el = await fixture<ArkiLanguageSwitcher>(
      html`<arki-language-switcher languages='[{"code":"fi","name":"Suomi"},{"code":"ru","name":"Русский","href":"#ru"}]'></arki-language-switcher>`,
    );
    expect(options(el).map((o) => o.textContent)).to.deep.equal(['Suomi', 'Русский']);
    expect(option(el, 'ru').getAttribute('lang')).to.equal('ru');
    resetDevWarnings();
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      el.setAttribute('languages', '{oops');
      await el.updateComplete;
      expect(options(el).map((o) => o.textContent)).to.deep.equal(['Suomi', 'Svenska', 'English']);
      expect(warnings.some((w) => w.includes('<arki-language-switcher>') && w.includes('not a JSON array'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('is localised: Språkval, Language', async () => {
    for (const [lang, label] of [['sv', 'Språkval'], ['en', 'Language']]) {
      const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher lang=${lang}></arki-language-switcher>`);
      expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal(label);
      expect(option(el, lang).getAttribute('aria-current')).to.equal('true');
    }
  });

  it('targets are at least 24×24 px', async () => {
    const el = await fixture<ArkiLanguageSwitcher>(html`<arki-language-switcher></arki-language-switcher>`);
    for (const o of options(el)) {
      const r = o.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    }
  });
});
