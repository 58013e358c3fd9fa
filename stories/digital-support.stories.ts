import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/digital-support/digital-support.js';
import { configureDigitalSupport, type DigitalSupportConfig } from '../src/config/digital-support.js';
import type { OpeningHours } from '../src/data/index.js';

/** Tuesday 2 December 2025, 10.00 in Helsinki: the opening hours read the same every day. */
export const supportNow = '2025-12-02T10:00:00+02:00';

const phoneHours: OpeningHours = { weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ opens: '09:00', closes: '15:00' }] }] };
const libraryHours: OpeningHours = {
  weekly: [
    { days: [2, 4], ranges: [{ opens: '12:00', closes: '16:00' }] },
    { days: [6], ranges: [{ opens: '10:00', closes: '13:00' }] },
  ],
};

/** One municipality's digital support, as its site would configure it once for every page. */
export const sampleDigitalSupport: DigitalSupportConfig = {
  phone: { number: '09 310 88800', callPrice: 'local', hours: phoneHours },
  locations: [
    {
      name: { fi: 'Pääkirjasto, digituki', sv: 'Huvudbiblioteket, digistöd', en: 'Main library, digital support' },
      address: { street: { fi: 'Kirjastokatu 1', sv: 'Biblioteksgatan 1' }, postalCode: '00100', city: { fi: 'Arkikylä', sv: 'Arkby' } },
      hours: libraryHours,
      note: { fi: 'Ota oma laite ja pankkitunnukset mukaan.', sv: 'Ta med egen enhet och bankkoder.', en: 'Bring your own device and online banking codes.' },
      url: '#paakirjasto',
    },
    {
      name: { fi: 'Palvelupiste Kauppatori', sv: 'Servicepunkten Salutorget', en: 'Market Square service point' },
      address: { street: { fi: 'Torikatu 3', sv: 'Torggatan 3' }, postalCode: '00100', city: { fi: 'Arkikylä', sv: 'Arkby' } },
      hours: phoneHours,
    },
  ],
  booking: { url: '#etatuki' },
  chat: { url: '#chat', hours: phoneHours },
  accessibilityFeedback: { url: '#saavutettavuuspalaute' },
  moreInfo: { url: '#digituki' },
};

const page = {
  fi: { title: 'Asukaspysäköintitunnus', lead: 'Asukaspysäköintitunnuksella voit pysäköidä oman asuinalueesi kaduilla.', body: 'Hae tunnusta verkossa. Tarvitset ajoneuvon rekisteritunnuksen ja vahvan tunnistautumisen.' },
  sv: { title: 'Boendeparkeringstillstånd', lead: 'Med boendeparkeringstillstånd kan du parkera på gatorna i ditt bostadsområde.', body: 'Ansök om tillstånd på nätet. Du behöver fordonets registreringsnummer och stark autentisering.' },
  en: { title: 'Resident parking permit', lead: 'A resident parking permit lets you park on the streets of your own area.', body: 'Apply online. You need the vehicle’s registration number and strong electronic identification.' },
};
type Lang = keyof typeof page;

/**
 * A service page of the municipality. The site sets the digital support once
 * (`configureDigitalSupport`) and ends every page with the same launcher, so help is always in
 * the same place (WCAG 3.2.6).
 */
const servicePage = (lang: Lang) => {
  configureDigitalSupport(sampleDigitalSupport);
  return html`<div lang=${lang} style="max-inline-size:48rem">
    <h1 style="overflow-wrap:anywhere">${page[lang].title}</h1>
    <p>${page[lang].lead}</p>
    <p>${page[lang].body}</p>
    <p><a href="#hae">${lang === 'fi' ? 'Hae tunnusta' : lang === 'sv' ? 'Ansök om tillstånd' : 'Apply for a permit'}</a></p>
    <arki-digital-support mode="launcher" now=${supportNow}></arki-digital-support>
  </div>`;
};

/**
 * Stories other than the service pages show only their own configuration: they clear the
 * page-wide one that the service-page stories set (it would otherwise add its channels).
 */
const own = <T>(template: T): T => {
  configureDigitalSupport(undefined);
  return template;
};

const meta: Meta = {
  title: 'Components/Digital support',
  component: 'arki-digital-support',
  excludeStories: ['supportNow', 'sampleDigitalSupport'],
  parameters: { docs: { story: { inline: false, height: '36rem' } } },
  render: () => own(html`<arki-digital-support .config=${sampleDigitalSupport} now=${supportNow}></arki-digital-support>`),
};
export default meta;
type Story = StoryObj;

/** The inline block: phone with hours, support points, remote support, chat, accessibility feedback. */
export const Inline: Story = { name: 'Inline' };
/** Attributes only, for a CMS: a phone number and the links. */
export const Attributes: Story = {
  name: 'Inline, configured by attributes',
  render: () => own(html`<arki-digital-support phone="0800 123 456" chat-url="#chat" booking-url="#etatuki" accessibility-url="#saavutettavuuspalaute" heading-level="3"></arki-digital-support>`),
};
/** The floating launcher at the bottom-right (closed). It keeps its own height free at the page end. */
export const Launcher: Story = {
  name: 'Launcher (floating, closed)',
  render: () => own(html`<p>Sivun sisältö.</p><arki-digital-support mode="launcher" breakpoint="1px" .config=${sampleDigitalSupport} now=${supportNow}></arki-digital-support>`),
};
/**
 * Open: the panel sits above the launcher and scrolls within the viewport when it is taller (as
 * with the full configuration on a short screen). This story shows a smaller set of channels.
 */
export const LauncherOpen: Story = {
  name: 'Launcher (floating, open)',
  render: () => own(html`<p>Sivun sisältö.</p><arki-digital-support
      mode="launcher"
      breakpoint="1px"
      open
      .config=${{ phone: sampleDigitalSupport.phone, chat: { url: '#chat' }, accessibilityFeedback: sampleDigitalSupport.accessibilityFeedback }}
      now=${supportNow}
    ></arki-digital-support>`),
};
/** Narrow screens and 400 % zoom: the launcher and its panel sit at the end of the page, in the flow. */
export const LauncherNarrow: Story = {
  name: 'Launcher on a narrow screen (open, in the flow)',
  render: () => own(html`<p>Sivun sisältö.</p><arki-digital-support mode="launcher" breakpoint="10000px" open .config=${sampleDigitalSupport} now=${supportNow}></arki-digital-support>`),
};
export const Swedish: Story = { name: 'Svenska', render: () => own(html`<div lang="sv"><arki-digital-support .config=${sampleDigitalSupport} now=${supportNow}></arki-digital-support></div>`) };
export const English: Story = { name: 'English', render: () => own(html`<div lang="en"><arki-digital-support .config=${sampleDigitalSupport} now=${supportNow}></arki-digital-support></div>`) };
export const InServicePage: Story = { name: 'Digital support in a service page', render: () => servicePage('fi') };
export const InServicePageSv: Story = { name: 'Digital support in a service page (svenska)', render: () => servicePage('sv') };
export const InServicePageEn: Story = { name: 'Digital support in a service page (English)', render: () => servicePage('en') };
