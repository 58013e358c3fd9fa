import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import { FAQ_ANNOUNCE_DELAY, type ArkiFaq } from '../../src/components/faq/faq.js';
import { matches, terms } from '../../src/components/faq/filter.js';
import type { ArkiAccordionItem } from '../../src/components/accordion-item/accordion-item.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const input = (el: ArkiFaq) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const count = (el: ArkiFaq) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const empty = (el: ArkiFaq) => el.shadowRoot!.querySelector<HTMLElement>('[part="empty"]')!;
const shownQuestions = (el: ArkiFaq) => el.items.filter((i) => !i.hidden).map((i) => i.heading);

async function faq(attrs = html``) {
  const el = await fixture<ArkiFaq>(html`<arki-faq ?json-ld=${attrs !== html``}>
    <arki-accordion heading-level="3">
      <arki-accordion-item heading="Miten haen äitiysavustusta?">Hae Kelan verkkoasioinnissa. <a href="#kela">Kela</a></arki-accordion-item>
      <arki-accordion-item heading="Mistä saan pysäköintiluvan?">Asukaspysäköintitunnus haetaan kaupungin verkkopalvelusta.</arki-accordion-item>
      <arki-accordion-item heading="Kuinka kauan hakemuksen käsittely kestää?">Yleensä noin neljä viikkoa. Åbo-ruotsinkielinen palvelu on auki ma–pe.</arki-accordion-item>
      <arki-accordion-item heading="Voinko asioida ruotsiksi?">Kyllä, palvelemme suomeksi ja ruotsiksi.</arki-accordion-item>
    </arki-accordion>
  </arki-faq>`);
  await el.updateComplete;
  return el;
}

/** Types into the search field as a user does (one key at a time: WebKit's driver drops repeats). */
async function search(el: ArkiFaq, text: string) {
  input(el).focus();
  for (const ch of text) await sendKeys({ type: ch });
  await el.updateComplete;
}

describe('arki-faq', () => {
  it('is a labelled search field with a count above the accordion of questions', async () => {
    const el = await faq();
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.textContent).to.equal('Hae kysymyksistä');
    expect(el.shadowRoot!.getElementById(label.htmlFor)).to.equal(input(el));
    expect(input(el).type).to.equal('search');
    expect(input(el).getAttribute('aria-describedby')).to.equal('count');
    expect(count(el)).to.equal('4 kysymystä');
    expect(empty(el).hidden).to.equal(true);
    expect(el.items.length).to.equal(4);
    await expectAccessible(el);
  });

  it('filters by question and answer text, case-insensitively with ä/ö/å, every word in any order', async () => {
    const el = await faq();
    await search(el, 'ÄITIYS');
    expect(shownQuestions(el)).to.deep.equal(['Miten haen äitiysavustusta?']);
    expect(count(el)).to.equal('Näytetään 1 kysymys (yhteensä 4)');
    el.query = 'viikkoa hakemuksen';
    await el.updateComplete;
    expect(shownQuestions(el)).to.deep.equal(['Kuinka kauan hakemuksen käsittely kestää?']);
    el.query = 'åbo';
    await el.updateComplete;
    expect(shownQuestions(el), 'answer text').to.deep.equal(['Kuinka kauan hakemuksen käsittely kestää?']);
    el.query = 'ruotsi';
    await el.updateComplete;
    expect(shownQuestions(el).length).to.equal(2);
    await expectAccessible(el);
    el.query = '';
    await el.updateComplete;
    expect(shownQuestions(el).length).to.equal(4);
  });

  it('announces the count once typing pauses (not on every key)', async () => {
    const el = await faq();
    // The announcer is page-wide: start from an empty region, not an earlier test's message.
    await wait(FAQ_ANNOUNCE_DELAY + 150);
    document.querySelectorAll('[data-arki-announcer]').forEach((r) => (r.textContent = ''));
    // Ten keystrokes inside one task: a debounce must hold them back. (Real key-by-key typing
    // on a loaded machine can pause longer than the delay, and a pause is announced, rightly.)
    const field = input(el);
    for (let i = 1; i <= 'pysäköinti'.length; i++) {
      field.value = 'pysäköinti'.slice(0, i);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    }
    await el.updateComplete;
    await wait(150);
    expect(lastAnnouncement()).to.not.contain('Näytetään');
    // The announcer sets its text a moment after the debounce: wait for it, not a fixed time.
    await announced('Näytetään 1 kysymys (yhteensä 4)', 'polite', FAQ_ANNOUNCE_DELAY + 3000);
  });

  it('no results: a message and "Tyhjennä haku", which brings all back and returns to the field', async () => {
    const el = await faq();
    await search(el, 'koira');
    expect(shownQuestions(el)).to.deep.equal([]);
    expect(empty(el).hidden).to.equal(false);
    expect(empty(el).textContent).to.contain('Hakusanalla ”koira” ei löytynyt kysymyksiä.');
    await wait(FAQ_ANNOUNCE_DELAY + 150);
    await announced('Hakusanalla ”koira” ei löytynyt kysymyksiä.');
    await expectAccessible(el);
    empty(el).querySelector('button')!.click();
    await el.updateComplete;
    expect(shownQuestions(el).length).to.equal(4);
    expect(input(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('matching: decomposed ä matches, but a and ä stay different letters', () => {
    expect(matches('Äitiysavustus', terms('a\u0308itiys', 'fi'), 'fi')).to.equal(true);
    expect(matches('Äitiysavustus', terms('aitiys', 'fi'), 'fi')).to.equal(false);
    expect(matches('Yleensä noin neljä viikkoa', terms('  NELJÄ   yleensä ', 'fi'), 'fi')).to.equal(true);
    expect(matches('mitä tahansa', [], 'fi')).to.equal(true);
  });

  it('↑/↓ skip the questions filtered out', async () => {
    const el = await faq();
    el.query = 'asioi'; // questions 1 and 4; 2 and 3 are filtered out between them
    await el.updateComplete;
    const visible = el.items.filter((i) => !i.hidden) as ArkiAccordionItem[];
    expect(visible.length).to.equal(2);
    visible[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(visible[1]!.shadowRoot!.activeElement).to.equal(visible[1]!.headerButton);
    await sendKeys({ press: 'ArrowDown' });
    expect(visible[0]!.shadowRoot!.activeElement, 'wraps over the hidden ones').to.equal(visible[0]!.headerButton);
  });

  it('keeps questions the page hid itself hidden', async () => {
    const el = await faq();
    el.items[3]!.hidden = true;
    el.query = 'koira';
    await el.updateComplete;
    el.query = '';
    await el.updateComplete;
    expect(el.items[3]!.hidden).to.equal(true);
    expect(shownQuestions(el).length).to.equal(3);
  });

  it('json-ld: a FAQPage script in the light DOM, written as text; "</script>" in an answer cannot break out', async () => {
    const el = await faq(html`json`);
    const item = document.createElement('arki-accordion-item');
    item.heading = 'Voiko vastauksessa olla koodia?';
    item.textContent = 'Ei: </script><script>window.pwned = true</script> näkyy tekstinä.';
    el.querySelector('arki-accordion')!.append(item);
    await wait(0);
    await el.updateComplete;
    const scripts = el.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    const script = scripts[0]!;
    expect(script.parentElement).to.equal(el);
    expect(script.type).to.equal('application/ld+json');
    expect(script.textContent).to.not.contain('</script');
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity.length).to.equal(5);
    expect(data.mainEntity[0]).to.deep.equal({
      '@type': 'Question',
      name: 'Miten haen äitiysavustusta?',
      acceptedAnswer: { '@type': 'Answer', text: 'Hae Kelan verkkoasioinnissa. Kela' },
    });
    expect(data.mainEntity[4].acceptedAnswer.text).to.contain('</script><script>');
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(undefined);
    // Filtering does not change what search engines get.
    el.query = 'koira';
    await el.updateComplete;
    expect(JSON.parse(el.querySelector('script')!.textContent!).mainEntity.length).to.equal(5);
    el.jsonLd = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('no-filter leaves the search out; a missing accordion is a dev warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiFaq>(html`<arki-faq no-filter><p>Ei kysymyksiä</p></arki-faq>`);
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="filter"]')!.hidden).to.equal(true);
    } finally {
      console.warn = orig;
    }
    expect(warnings.some((w) => w.includes('<arki-faq>') && w.includes('arki-accordion'))).to.equal(true);
  });

  it('is localised in sv and en', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-faq lang="sv"><arki-accordion><arki-accordion-item heading="Fråga">Svar</arki-accordion-item></arki-accordion></arki-faq>
      <arki-faq lang="en"><arki-accordion><arki-accordion-item heading="Question">Answer</arki-accordion-item></arki-accordion></arki-faq>
    </div>`);
    const [sv, en] = [...wrap.querySelectorAll('arki-faq')] as ArkiFaq[];
    await sv!.updateComplete;
    await en!.updateComplete;
    expect(sv!.shadowRoot!.querySelector('label')!.textContent).to.equal('Sök bland frågorna');
    expect(count(sv!)).to.equal('1 fråga');
    en!.query = 'nothing';
    await en!.updateComplete;
    expect(empty(en!).textContent).to.contain('No questions match “nothing”.');
    expect(empty(en!).querySelector('button')!.textContent).to.equal('Clear search');
  });
});
