import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import '../src/components/button/button.js';
import '../src/components/digital-support/digital-support.js';
import '../src/components/feedback/feedback.js';
import '../src/components/help/help.js';
import '../src/components/text-field/text-field.js';
import '../src/components/textarea/textarea.js';
import '../src/components/timeout-warning/timeout-warning.js';
import type { ArkiFeedbackSubmitEvent } from '../src/components/feedback/feedback.js';
import type { ArkiTimeoutExtendEvent } from '../src/components/timeout-warning/timeout-warning.js';
import { configureDigitalSupport } from '../src/config/digital-support.js';
import { sampleDigitalSupport, supportNow } from './digital-support.stories.js';

const copy = {
  fi: {
    title: 'Hae asukaspysäköintitunnusta',
    lead: 'Täytä hakemus. Käsittelemme sen yleensä 1–2 arkipäivässä.',
    plate: 'Ajoneuvon rekisteritunnus',
    plateHint: 'Esimerkiksi ABC-123',
    plateHelp: html`<p>Rekisteritunnus on ajoneuvon rekisterikilvessä ja rekisteriotteessa.</p>
      <p>Jos auto on leasing- tai työsuhdeauto, <a href="#haltija">tarvitset haltijan selvityksen</a>.</p>`,
    hetu: 'Henkilötunnus',
    hetuHint: 'Esimerkiksi 131052-308T',
    hetuHelp: html`<p>Tarvitsemme henkilötunnuksen, jotta voimme tarkistaa osoitteesi väestötietojärjestelmästä.</p>`,
    notes: 'Lisätiedot',
    submit: 'Lähetä hakemus',
  },
  sv: {
    title: 'Ansök om boendeparkeringstillstånd',
    lead: 'Fyll i ansökan. Vi behandlar den vanligen inom 1–2 vardagar.',
    plate: 'Fordonets registreringsnummer',
    plateHint: 'Till exempel ABC-123',
    plateHelp: html`<p>Registreringsnumret finns på fordonets registreringsskylt och i registreringsutdraget.</p>
      <p>Om bilen är en leasing- eller tjänstebil <a href="#innehavare">behöver du innehavarens utredning</a>.</p>`,
    hetu: 'Personbeteckning',
    hetuHint: 'Till exempel 131052-308T',
    hetuHelp: html`<p>Vi behöver personbeteckningen för att kontrollera din adress i befolkningsdatasystemet.</p>`,
    notes: 'Ytterligare uppgifter',
    submit: 'Skicka ansökan',
  },
  en: {
    title: 'Apply for a resident parking permit',
    lead: 'Fill in the application. We usually handle it in 1–2 working days.',
    plate: 'Vehicle registration number',
    plateHint: 'For example ABC-123',
    plateHelp: html`<p>The registration number is on the vehicle's number plate and registration certificate.</p>
      <p>If the car is leased or a company car, <a href="#holder">you need the holder's statement</a>.</p>`,
    hetu: 'Personal identity code',
    hetuHint: 'For example 131052-308T',
    hetuHelp: html`<p>We need your personal identity code to check your address in the Population Information System.</p>`,
    notes: 'Additional information',
    submit: 'Send application',
  },
};
export type ServicePageLang = keyof typeof copy;

export interface ServicePageOptions {
  /** The warning's clock; default the real one. */
  clock?: () => Date;
  /** Session length in seconds (default 20 minutes). */
  timeout?: number;
  /** Pin the launcher's form: '1px' always floats, '10000px' never does; default by viewport. */
  breakpoint?: string;
  /** What the demo's feedback listener does. */
  feedback?: 'success' | 'failure';
}

/**
 * A form step of a municipal service with every kind of help: contextual help on two fields,
 * page feedback, the session timeout warning and the site-wide digital support launcher, which
 * ends the page.
 */
export function renderServicePageHelp(lang: ServicePageLang = 'fi', options: ServicePageOptions = {}): TemplateResult {
  const c = copy[lang];
  configureDigitalSupport(sampleDigitalSupport);
  const onFeedback = (e: ArkiFeedbackSubmitEvent) =>
    e.waitUntil(new Promise((resolve, reject) => setTimeout(() => (options.feedback === 'failure' ? reject(new Error('503')) : resolve(undefined)), 300)));
  const onExtend = (e: ArkiTimeoutExtendEvent) => e.waitUntil(new Promise((resolve) => setTimeout(resolve, 300)));
  return html`<div lang=${lang} class="service-page" style="max-inline-size:48rem;margin-inline:auto;padding-inline:var(--arki-space-s)">
    <h1 style="overflow-wrap:anywhere">${c.title}</h1>
    <p>${c.lead}</p>
    <form @submit=${(e: SubmitEvent) => e.preventDefault()} novalidate>
      <arki-text-field id="plate" name="plate" label=${c.plate} hint=${c.plateHint} autocomplete="off" required>
        <arki-help slot="help">${c.plateHelp}</arki-help>
      </arki-text-field>
      <arki-text-field id="hetu" name="hetu" label=${c.hetu} hint=${c.hetuHint} validate="hetu" required>
        <arki-help slot="help">${c.hetuHelp}</arki-help>
      </arki-text-field>
      <arki-textarea id="notes" name="notes" label=${c.notes} maxlength="500" rows="3"></arki-textarea>
      <arki-button type="submit">${c.submit}</arki-button>
    </form>
    <arki-feedback style="margin-block:var(--arki-space-2xl) var(--arki-space-l)" @arki-feedback-submit=${onFeedback}></arki-feedback>
    <arki-timeout-warning .timeout=${options.timeout ?? 1200} .clock=${options.clock} sign-out-href="#kirjaudu-ulos" @arki-timeout-extend=${onExtend}></arki-timeout-warning>
    <arki-digital-support mode="launcher" breakpoint=${options.breakpoint ?? '48em'} now=${supportNow}></arki-digital-support>
  </div>`;
}

/** Renders the page into `container` (the 320 px frame of test/examples/service-page-help.test.ts uses it). */
export function mountServicePageHelp(container: HTMLElement, lang: ServicePageLang = 'fi', options: ServicePageOptions = {}): void {
  render(renderServicePageHelp(lang, options), container);
}

/** A stopped clock for the "session about to end" story (with `timeout` 90 s: 1 min 30 s left). */
const nearTheEnd = new Date('2025-12-02T08:00:00Z');

const meta: Meta = {
  title: 'Patterns/Service page with help',
  excludeStories: ['renderServicePageHelp', 'mountServicePageHelp'],
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '48rem' } } },
  render: () => renderServicePageHelp('fi'),
};
export default meta;
type Story = StoryObj;

/**
 * At 1280 px: "?" beside two labels opens their help; "Tarvitsetko apua?" floats at the
 * bottom-right and the page keeps room for it; feedback at the end; the timeout warning opens
 * two minutes before the 20-minute session ends.
 */
export const Wide: Story = { name: '1280 px' };
/**
 * At 320 px (or 400 % zoom) the launcher stops floating and sits at the end of the page, so it
 * can never cover a focused field. (In Storybook, pick a 320 px viewport; this story pins the
 * launcher's narrow form and the width so it shows the same in any frame.)
 */
export const Narrow: Story = {
  name: '320 px',
  render: () => html`<div style="inline-size:320px;max-inline-size:100%;outline:1px dashed">${renderServicePageHelp('fi', { breakpoint: '10000px' })}</div>`,
};
/** The session is about to end: the warning opens over the form, whose text stays as typed. */
export const SessionEnding: Story = {
  name: 'Session about to end',
  render: () => renderServicePageHelp('fi', { clock: () => nearTheEnd, timeout: 90 }),
};
export const Swedish: Story = { name: 'Svenska (1280 px)', render: () => renderServicePageHelp('sv') };
export const SwedishNarrow: Story = {
  name: 'Svenska (320 px)',
  render: () => html`<div style="inline-size:320px;max-inline-size:100%;outline:1px dashed">${renderServicePageHelp('sv', { breakpoint: '10000px' })}</div>`,
};
export const English: Story = { name: 'English (1280 px)', render: () => renderServicePageHelp('en') };
export const EnglishNarrow: Story = {
  name: 'English (320 px)',
  render: () => html`<div style="inline-size:320px;max-inline-size:100%;outline:1px dashed">${renderServicePageHelp('en', { breakpoint: '10000px' })}</div>`,
};
