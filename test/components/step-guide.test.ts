import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/step-guide/step-guide.js';
import { parseSteps, type ArkiStepGuide, type StepGuideStep } from '../../src/components/step-guide/step-guide.js';
import { expectAccessible } from '../helpers/a11y.js';

const steps: StepGuideStep[] = [
  {
    title: 'Tarkista, voitko saada asumistukea',
    contents: [
      { type: 'paragraph', text: 'Asumistukea voi saada pienituloinen ruokakunta.' },
      { type: 'list', items: [{ text: 'Laske tuen määrä laskurilla', href: '/laskuri' }] },
    ],
  },
  {
    title: 'Hae tukea verkossa',
    current: true,
    contents: [{ type: 'list', items: [{ text: 'Täytä hakemus', href: '/hae', current: true }, { text: 'Käsittely', context: 'noin 4 viikkoa' }] }],
  },
  { title: 'Liitä tositteet', logic: 'and', contents: [{ type: 'paragraph', text: 'Vuokrasopimus ja tuloselvitys.' }] },
  { title: 'Hae paperilomakkeella', logic: 'or', contents: [{ type: 'list', style: 'choice', items: [{ text: 'Tulosta lomake', href: '/lomake.pdf' }, { text: 'Hae lomake palvelupisteestä' }] }] },
  { title: 'Odota päätöstä', contents: [{ type: 'paragraph', text: 'Päätös tulee postitse.' }] },
];

const buttons = (el: ArkiStepGuide) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="button"]')];
const panels = (el: ArkiStepGuide) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="panel"]')];
const visible = (p: HTMLElement) => !p.hasAttribute('hidden');
const showAll = (el: ArkiStepGuide) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
const name = (b: HTMLElement) => b.textContent!.replace(/\s+/g, ' ').trim();

describe('arki-step-guide', () => {
  it('numbers the steps; "and"/"or" steps show "ja"/"tai" instead of a number', async () => {
    const el = await fixture<ArkiStepGuide>(html`<arki-step-guide .steps=${steps} label="Asumistuki vaihe vaiheelta"></arki-step-guide>`);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Asumistuki vaihe vaiheelta');
    expect(list.querySelectorAll(':scope > li').length).to.equal(5);
    const circles = [...el.shadowRoot!.querySelectorAll('.circle')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(circles).to.deep.equal(['Vaihe 1:', 'Vaihe 2:', 'ja:', 'tai:', 'Vaihe 3:']);
    expect(name(buttons(el)[0]!)).to.match(/^Vaihe 1: Tarkista, voitko saada asumistukea , Näytä tämä vaihe$/);
    // Each step title is a heading holding the button.
    expect(buttons(el).every((b) => b.parentElement!.localName === 'h2')).to.equal(true);
    await expectAccessible(el);
  });

  it('marks the current step (aria-current="step", visible marker) and opens it; others start closed', async () => {
    const el = await fixture<ArkiStepGuide>(html`<arki-step-guide .steps=${steps}></arki-step-guide>`);
    const b = buttons(el);
    expect(b.map((x) => x.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null]);
    const li = b[1]!.closest('li')!;
    expect(li.querySelector('.current-tag')!.textContent).to.equal('Olet tässä');
    expect(getComputedStyle(li.querySelector('.current-tag')!).display).to.not.equal('none');
    expect(panels(el).map(visible)).to.deep.equal([false, true, false, false, false]);
    expect(b.map((x) => x.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    // aria-current alone says "current page": hidden words too would be read twice, and words
    // before the visible text would keep voice control from matching it (2.5.3).
    const current = el.shadowRoot!.querySelector('a[aria-current="page"]')!;
    expect(current.textContent!.trim()).to.equal('Täytä hakemus');
    expect(current.querySelector('.visually-hidden')).to.equal(null);
    expect(panels(el)[0]!.firstElementChild!.checkVisibility(), 'closed content is not rendered').to.equal(false);
  });

  it('keyboard: Tab to a step, Enter and Space open and close it', async () => {
    const el = await fixture<ArkiStepGuide>(html`<arki-step-guide .steps=${steps}></arki-step-guide>`);
    await sendKeys({ press: 'Tab' }); // show all
    await sendKeys({ press: 'Tab' }); // step 1
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(panels(el)[0]!.firstElementChild!.checkVisibility()).to.equal(true);
    expect(name(buttons(el)[0]!)).to.contain('Piilota tämä vaihe');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(buttons(el)[0]!.getAttribute('aria-expanded')).to.equal('false');
    // Tab goes on to the next step's button, skipping closed content.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
  });

  it('"Näytä kaikki vaiheet" opens all, then reads "Piilota kaikki vaiheet" and closes all', async () => {
    const el = await fixture<ArkiStepGuide>(html`<arki-step-guide .steps=${steps}></arki-step-guide>`);
    expect(name(showAll(el))).to.equal('Näytä kaikki vaiheet');
    expect(showAll(el).getAttribute('aria-expanded')).to.equal('false');
    showAll(el).click();
    await el.updateComplete;
    expect(panels(el).every(visible)).to.equal(true);
    expect(name(showAll(el))).to.equal('Piilota kaikki vaiheet');
    expect(showAll(el).getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(el);
    // Closing one step makes "show all" offer to open all again.
    buttons(el)[2]!.click();
    await el.updateComplete;
    expect(name(showAll(el))).to.equal('Näytä kaikki vaiheet');
    showAll(el).click();
    await el.updateComplete;
    expect(panels(el).every(visible)).to.equal(true);
    showAll(el).click();
    await el.updateComplete;
    expect(panels(el).some(visible)).to.equal(false);
  });

  it('renders paragraphs, lists of links with context, choice lists and slotted extra content', async () => {
    const el = await fixture<ArkiStepGuide>(html`<arki-step-guide .steps=${steps}><p slot="step-5" id="extra">Kysy neuvoa Kelasta.</p></arki-step-guide>`);
    el.setOpen(true);
    await el.updateComplete;
    const p = panels(el);
    expect(p[0]!.querySelector('p')!.textContent).to.contain('pienituloinen');
    expect(p[0]!.querySelector('a')!.getAttribute('href')).to.equal('/laskuri');
    expect(p[1]!.querySelector('.context')!.textContent).to.equal('noin 4 viikkoa');
    expect(p[3]!.querySelector('ul')!.dataset.style).to.equal('choice');
    const slot = p[4]!.querySelector<HTMLSlotElement>('slot[name="step-5"]')!;
    expect(slot.assignedElements()[0]!.id).to.equal('extra');
  });

  it('heading-level sets the heading element; bad levels fall back to 2 with a warning', async () => {
    const el = await fixture<ArkiStepGuide>(html`<arki-step-guide heading-level="3" .steps=${steps}></arki-step-guide>`);
    expect(el.shadowRoot!.querySelectorAll('h3').length).to.equal(5);
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const bad = await fixture<ArkiStepGuide>(html`<arki-step-guide heading-level="7" .steps=${steps}></arki-step-guide>`);
      expect(bad.shadowRoot!.querySelectorAll('h2').length).to.equal(5);
    } finally {
      console.warn = orig;
    }
    expect(warnings.some((w) => w.includes('heading-level="7"'))).to.equal(true);
  });

  it('takes JSON in the attribute; bad data is dropped with a warning, unsafe links never rendered', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const json = JSON.stringify([
        { title: 'Eka', logic: 'or', contents: [{ type: 'list', items: [{ text: 'Vaarallinen', href: 'javascript:alert(1)' }] }] },
        { logic: 'and' },
        { title: '<script>alert(1)</script>', logic: 'maybe', contents: [{ type: 'video' }] },
      ]);
      const el = await fixture<ArkiStepGuide>(html`<arki-step-guide steps=${json}></arki-step-guide>`);
      expect(buttons(el).length).to.equal(2);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      expect(name(buttons(el)[1]!)).to.contain('<script>alert(1)</script>');
      expect([...el.shadowRoot!.querySelectorAll('.circle')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Vaihe 1:', 'Vaihe 2:']);
      const broken = await fixture<ArkiStepGuide>(html`<arki-step-guide steps="[{oops"></arki-step-guide>`);
      expect(buttons(broken).length).to.equal(0);
    } finally {
      console.warn = orig;
    }
    expect(warnings.some((w) => w.includes('javascript:'))).to.equal(true);
    expect(warnings.some((w) => w.includes('not valid JSON'))).to.equal(true);
  });

  it('parseSteps keeps only the first current step', () => {
    const { value, warnings } = parseSteps([{ title: 'A', current: true }, { title: 'B', current: true }]);
    expect(value!.map((s) => !!s.current)).to.deep.equal([true, false]);
    expect(warnings.length).to.equal(1);
  });

  it('is localised in sv and en', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div lang="sv"><arki-step-guide .steps=${steps}></arki-step-guide></div>
      <div lang="en"><arki-step-guide .steps=${steps}></arki-step-guide></div>
    </div>`);
    const [sv, en] = [...wrap.querySelectorAll('arki-step-guide')] as ArkiStepGuide[];
    await sv!.updateComplete;
    await en!.updateComplete;
    expect(name(showAll(sv!))).to.equal('Visa alla steg');
    expect(name(showAll(en!))).to.equal('Show all steps');
    expect([...sv!.shadowRoot!.querySelectorAll('.logic')].map((l) => l.textContent)).to.deep.equal(['och', 'eller']);
    expect(sv!.shadowRoot!.querySelector('.current-tag')!.textContent).to.equal('Du är här');
    expect(name(buttons(en!)[0]!)).to.contain('Step 1');
    expect(name(buttons(en!)[0]!)).to.contain('Show this step');
  });
});
