import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feedback/feedback.js';
import type { ArkiFeedback } from '../../src/components/feedback/feedback.js';
import type { ArkiFeedbackSubmitEvent } from '../../src/events/feedback-submit.js';
import type { ArkiTextarea } from '../../src/components/textarea/textarea.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const q = <T extends Element = HTMLElement>(el: ArkiFeedback, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** The text of the focused control: for a button inside an arki-button, the arki-button's text. */
const focusedText = (): string => {
  const a = deepActive();
  const root = a?.getRootNode();
  const host = root instanceof ShadowRoot && root.host.localName === 'arki-button' ? root.host : a;
  return host?.textContent?.trim() ?? '';
};
const who = (e: Element | null | undefined): string => (e ? `${e.localName}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}` : 'nothing');
/** Clicks an arki-button's inner button, as a user's click lands. */
const press = (el: ArkiFeedback, sel: string) => q(el, sel)!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
const settle = async (el: ArkiFeedback) => {
  await el.updateComplete;
  await wait(0);
  await el.updateComplete;
};
const textarea = (el: ArkiFeedback) => q<ArkiTextarea>(el, 'arki-textarea')!;
async function type(el: ArkiFeedback, text: string) {
  textarea(el).focus();
  // One key at a time: WebKit's driver drops repeated characters in a longer string.
  for (const ch of text) await sendKeys({ type: ch });
  await el.updateComplete;
}

/** A listener whose promises the test settles by hand. */
function controlled(el: ArkiFeedback) {
  const events: ArkiFeedbackSubmitEvent[] = [];
  const settlers: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  el.addEventListener('arki-feedback-submit', (e) => {
    events.push(e);
    e.waitUntil(new Promise<void>((resolve, reject) => settlers.push({ resolve, reject })));
  });
  return { events, settlers };
}

describe('arki-feedback', () => {
  it('asks "Oliko sivusta apua?" as a heading with Yes and No in a group named by it', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback></arki-feedback>`);
    const h = q(el, 'h2')!;
    expect(h.textContent!.trim()).to.equal('Oliko sivusta apua?');
    const group = q(el, '[role="group"]')!;
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Oliko sivusta apua?');
    expect([...group.querySelectorAll('arki-button')].map((b) => b.textContent!.trim())).to.deep.equal(['Kyllä', 'Ei']);
    await expectAccessible(el);
  });

  it('keyboard flow: No, then the comment with a privacy note and a count, Send; one event; thank-you announced and focused', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback maxlength="200"></arki-feedback>`);
    const events: ArkiFeedbackSubmitEvent[] = [];
    el.addEventListener('arki-feedback-submit', (e) => events.push(e));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focusedText()).to.equal('Ei');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(who(deepActive()), 'focus moves to the follow-up introduction').to.equal('p.intro');
    const ta = textarea(el);
    await ta.updateComplete;
    expect(ta.label).to.equal('Miten voisimme parantaa sivua?');
    expect(ta.shadowRoot!.querySelector('.hint')!.textContent).to.contain('Älä kirjoita henkilötietoja');
    expect(ta.shadowRoot!.querySelector('label')!.textContent).to.contain('valinnainen');
    await expectAccessible(el);
    await sendKeys({ press: 'Tab' });
    for (const ch of '  Lomakkeen ohje oli epäselvä.  ') await sendKeys({ type: ch });
    await ta.updateComplete;
    expect(ta.shadowRoot!.querySelector('[part="count"]')!.textContent).to.contain('168');
    await sendKeys({ press: 'Tab' });
    expect(focusedText()).to.equal('Lähetä palaute');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(events.length).to.equal(1);
    expect(events[0]!.helpful).to.equal(false);
    expect(events[0]!.comment).to.equal('Lomakkeen ohje oli epäselvä.');
    expect(q(el, '[part="thanks"]')!.textContent!.trim()).to.equal('Kiitos palautteestasi!');
    expect(who(deepActive())).to.equal('p.thanks');
    await wait(150);
    await announced('Kiitos palautteestasi!');
    await expectAccessible(el);
  });

  it('an empty comment is sent as undefined', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback></arki-feedback>`);
    const events: ArkiFeedbackSubmitEvent[] = [];
    el.addEventListener('arki-feedback-submit', (e) => events.push(e));
    press(el, '.yes');
    await settle(el);
    expect(textarea(el).label).to.equal('Mikä sivulla auttoi?');
    press(el, '.send');
    await settle(el);
    expect(events.map((e) => [e.helpful, e.comment])).to.deep.equal([[true, undefined]]);
  });

  it('prevents double sending while the listener is pending (aria-disabled, repeated presses ignored)', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback></arki-feedback>`);
    const { events, settlers } = controlled(el);
    press(el, '.no');
    await settle(el);
    await type(el, 'Liian pitkä lomake');
    press(el, '.send');
    await settle(el);
    const inner = q(el, '.send')!.shadowRoot!.querySelector('button')!;
    expect(inner.getAttribute('aria-disabled')).to.equal('true');
    expect(textarea(el).readonly).to.equal(true);
    press(el, '.send');
    inner.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(events.length, 'one event while pending').to.equal(1);
    settlers[0]!.resolve();
    await settle(el);
    expect(q(el, '[part="thanks"]')).to.not.equal(null);
    expect(events.length).to.equal(1);
  });

  it('a failure shows a clear retry message, keeps the text, and the retry sends it again', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback></arki-feedback>`);
    const { events, settlers } = controlled(el);
    press(el, '.no');
    await settle(el);
    await type(el, 'Hakemuksen liite ei mennyt läpi');
    press(el, '.send');
    await settle(el);
    settlers[0]!.reject(new Error('500'));
    await settle(el);
    const error = q(el, '[part="error"]')!;
    expect(error.textContent).to.contain('ei onnistunut');
    expect(error.textContent).to.contain('tallessa');
    expect(textarea(el).value).to.equal('Hakemuksen liite ei mennyt läpi');
    expect(textarea(el).readonly).to.equal(false);
    expect(q(el, '.send')!.textContent!.trim()).to.equal('Yritä uudelleen');
    await wait(150);
    expect(lastAnnouncement('assertive')).to.contain('ei onnistunut');
    await expectAccessible(el);
    press(el, '.send');
    await settle(el);
    expect(events.length).to.equal(2);
    expect(events[1]!.comment).to.equal('Hakemuksen liite ei mennyt läpi');
    settlers[1]!.resolve();
    await settle(el);
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(q(el, '[part="thanks"]')).to.not.equal(null);
  });

  it('a comment over the limit is not sent: the field shows the error and keeps the text', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback maxlength="10"></arki-feedback>`);
    const events: ArkiFeedbackSubmitEvent[] = [];
    el.addEventListener('arki-feedback-submit', (e) => events.push(e));
    press(el, '.no');
    await settle(el);
    await type(el, 'Tämä on liian pitkä');
    press(el, '.send');
    await settle(el);
    await textarea(el).updateComplete;
    expect(events.length).to.equal(0);
    expect(textarea(el).visibleError).to.contain('enintään 10');
    expect(textarea(el).value).to.equal('Tämä on liian pitkä');
  });

  it('Cancel returns to the question with focus on the chosen answer, keeping the text', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback></arki-feedback>`);
    press(el, '.no');
    await settle(el);
    await type(el, 'Luonnos');
    press(el, '.cancel');
    await settle(el);
    expect(q(el, 'arki-textarea')).to.equal(null);
    expect(focusedText()).to.equal('Ei');
    press(el, '.no');
    await settle(el);
    expect(textarea(el).value).to.equal('Luonnos');
  });

  it('follow-up="no": a Yes is sent at once (GOV.UK); a No asks for more', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback follow-up="no"></arki-feedback>`);
    const events: ArkiFeedbackSubmitEvent[] = [];
    el.addEventListener('arki-feedback-submit', (e) => events.push(e));
    press(el, '.yes');
    await settle(el);
    expect(events.map((e) => e.helpful)).to.deep.equal([true]);
    expect(q(el, '[part="thanks"]')).to.not.equal(null);
    const other = await fixture<ArkiFeedback>(html`<arki-feedback follow-up="no"></arki-feedback>`);
    press(other, '.no');
    await settle(other);
    expect(q(other, 'arki-textarea')).to.not.equal(null);
  });

  it('follow-up="none": a failure offers a retry that sends the same answer', async () => {
    const el = await fixture<ArkiFeedback>(html`<arki-feedback follow-up="none"></arki-feedback>`);
    const { events, settlers } = controlled(el);
    press(el, '.no');
    await settle(el);
    press(el, '.no');
    press(el, '.yes');
    await settle(el);
    expect(events.length, 'ignored while pending').to.equal(1);
    settlers[0]!.reject(new Error('offline'));
    await settle(el);
    expect(q(el, '[part="error"]')).to.not.equal(null);
    press(el, '.retry');
    await settle(el);
    expect(events.map((e) => e.helpful)).to.deep.equal([false, false]);
    settlers[1]!.resolve();
    await settle(el);
    expect(q(el, '[part="thanks"]')).to.not.equal(null);
  });

  it('bad attribute values fall back with a warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiFeedback>(html`<arki-feedback follow-up="sometimes" heading-level="9" maxlength="-3"></arki-feedback>`);
      expect(el.followUp).to.equal('always');
      expect(q(el, 'h2')).to.not.equal(null);
      expect(el.maxlength).to.equal(1000);
    } finally {
      console.warn = orig;
    }
    expect(warnings.some((w) => w.includes('follow-up="sometimes"'))).to.equal(true);
  });

  it('is localised in sv and en', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div lang="sv"><arki-feedback heading-level="3"></arki-feedback></div>
      <div lang="en"><arki-feedback></arki-feedback></div>
    </div>`);
    const [sv, en] = [...wrap.querySelectorAll('arki-feedback')] as ArkiFeedback[];
    await sv!.updateComplete;
    await en!.updateComplete;
    expect(q(sv!, 'h3')!.textContent!.trim()).to.equal('Var sidan till hjälp?');
    expect(q(en!, 'h2')!.textContent!.trim()).to.equal('Was this page helpful?');
    press(sv!, '.no');
    await settle(sv!);
    expect(textarea(sv!).hint).to.contain('Skriv inte personuppgifter');
    expect(q(sv!, '.send')!.textContent!.trim()).to.equal('Skicka respons');
    await expectAccessible(wrap);
  });
});
