import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import {
  localize, mailtoHref, parseContact, telHref, toOpeningHoursSpecification, toPostalAddress,
  type ArkiLocale, type Contact, type JsonLdNode,
} from '../../data/index.js';
import { serviceStrings, type ServiceStrings } from '../../i18n/service.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../icon/icon.js';
import '../opening-hours/opening-hours.js';
import { JsonLdScript } from '../service-card/json-ld.js';
import { dataLocale, dateConverter, headingLevel, headingTags, parseData, text } from '../service-card/service-shared.js';
import { postalAddressLines } from '../service-channel/service-channel.js';
import { copyText, displayUrl } from './contact-copy.js';
import styles from './contact-card.styles.js';

type CopyKind = 'phone' | 'email';

/** How long the button says "Kopioitu". */
const COPIED_MS = 3000;
let nextId = 0;

/** schema.org for a contact: a Person, or a GovernmentOffice for a unit. */
export function contactJsonLd(c: Contact, locale: ArkiLocale): JsonLdNode {
  const node: JsonLdNode = { '@context': 'https://schema.org', '@type': c.kind === 'person' ? 'Person' : 'GovernmentOffice', name: localize(c.name, locale) };
  const role = localize(c.role, locale);
  if (role) node[c.kind === 'person' ? 'jobTitle' : 'description'] = role;
  const org = localize(c.organization, locale);
  if (org && c.kind === 'person') node['worksFor'] = { '@type': 'GovernmentOrganization', name: org };
  if (org && c.kind === 'unit') node['parentOrganization'] = { '@type': 'GovernmentOrganization', name: org };
  if (c.phone) node['telephone'] = c.phone;
  if (c.email) node['email'] = c.email;
  if (c.url) node['url'] = c.url;
  if (c.address) node['address'] = toPostalAddress(c.address, locale);
  if (c.hours && c.kind === 'unit') node['openingHoursSpecification'] = toOpeningHoursSpecification(c.hours, locale);
  return node;
}

/**
 * Contact details of a person or a unit: name, role, organisation, phone (a `tel:` link),
 * email (a `mailto:` link), address, website and the hours they can be reached. Phone number
 * and email address have a "Kopioi" button: it copies the value (Clipboard API, with a
 * fallback), says "Kopioitu" on the button for a moment and announces "Puhelinnumero kopioitu"
 * through the library's live region. The button's accessible name says what it copies.
 *
 * Full data goes in the `contact` property (a {@link Contact}, or its JSON in the attribute),
 * validated at runtime; simple cases can use `name`, `job-title`, `organization`, `phone`, `email`.
 *
 * @summary Person or unit with phone, email, address and hours; copy phone or email.
 * @status beta
 * @since 0.1.0
 *
 * @slot - Extra content at the end (instructions, a note).
 *
 * @csspart base - The card (`<article>`).
 * @csspart heading - The name heading.
 * @csspart copy-button - The copy buttons.
 *
 * @cssproperty --arki-contact-card-background - Card background.
 */
export class ArkiContactCard extends ArkiElement {
  static override styles = [reset, typography, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    contact: {},
    kind: {},
    name: {},
    jobTitle: { attribute: 'job-title' },
    organization: {},
    phone: {},
    email: {},
    headingLevel: { attribute: 'heading-level' },
    noCopy: { type: Boolean, attribute: 'no-copy' },
    hour12: { type: Boolean },
    now: { converter: dateConverter },
    clock: { attribute: false },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    copied: { state: true },
    failed: { state: true },
  };

  /** The contact as data (or JSON in the attribute). Wins over the attributes. */
  declare contact?: Contact | string;
  /** Attribute mode: `person` or `unit` (default `unit`). */
  declare kind: string;
  /** Attribute mode: person's or unit's name. */
  declare name: string;
  /** Attribute mode: a person's job title, or what a unit does (`role` in the data). */
  declare jobTitle: string;
  /** Attribute mode: organisation or unit a person belongs to. */
  declare organization: string;
  declare phone: string;
  declare email: string;
  /** Heading level, 2–6 (default 3). */
  declare headingLevel: number | string;
  /** Hide the copy buttons. */
  declare noCopy: boolean;
  declare hour12: boolean;
  declare now?: Date;
  declare clock?: () => Date;
  /** Also output schema.org JSON-LD (Person or GovernmentOffice) in the light DOM. */
  declare jsonLd: boolean;

  private declare copied?: CopyKind;
  private declare failed?: CopyKind;

  private parsed?: Contact;
  private level = 3;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private readonly uid = `arki-contact-${++nextId}`;
  private readonly ld = new JsonLdScript(this);

  constructor() {
    super();
    this.kind = '';
    this.name = '';
    this.jobTitle = '';
    this.organization = '';
    this.phone = '';
    this.email = '';
    this.headingLevel = 3;
    this.noCopy = false;
    this.hour12 = false;
    this.jsonLd = false;
  }

  /** The validated contact in use. */
  get contactData(): Contact | undefined {
    return this.parsed;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this.headingLevel, 3, (m) => this.warn(m));
    const keys = ['contact', 'kind', 'name', 'jobTitle', 'organization', 'phone', 'email'] as const;
    if (keys.some((k) => changed.has(k))) {
      this.parsed = parseData(this.contact ?? this.fromAttributes(), 'contact', parseContact, (m) => this.warn(m));
    }
  }

  private fromAttributes(): Record<string, unknown> | undefined {
    if (!this.name) return undefined;
    const raw: Record<string, unknown> = { name: this.name };
    for (const key of ['kind', 'organization', 'phone', 'email'] as const) if (this[key]) raw[key] = this[key];
    if (this.jobTitle) raw['role'] = this.jobTitle;
    return raw;
  }

  protected override updated(): void {
    this.ld.set(this.jsonLd && this.parsed ? contactJsonLd(this.parsed, dataLocale(this.localize.code)) : undefined);
  }

  /** Copies the phone number or email address and tells the user; for the buttons and for scripts. */
  async copy(kind: CopyKind): Promise<boolean> {
    const value = kind === 'phone' ? this.parsed?.phone : this.parsed?.email;
    if (!value) return false;
    const s = this.localize.strings(serviceStrings);
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-copy="${kind}"]`) ?? undefined;
    const ok = await copyText(value, this.renderRoot as ShadowRoot, button);
    clearTimeout(this.copiedTimer);
    this.copied = ok ? kind : undefined;
    this.failed = ok ? undefined : kind;
    announce(ok ? (kind === 'phone' ? s.contactPhoneCopied : s.contactEmailCopied) : s.contactCopyFailed, 'polite', this.localize.code);
    if (ok) this.copiedTimer = setTimeout(() => (this.copied = undefined), COPIED_MS);
    return ok;
  }

  private renderCopy(kind: CopyKind, s: ServiceStrings): TemplateResult | typeof nothing {
    if (this.noCopy) return nothing;
    const done = this.copied === kind;
    return html`<button part="copy-button" class="copy focus-ring" type="button" data-copy=${kind} @click=${() => this.copy(kind)}>
      <arki-icon name=${done ? 'check' : 'copy'}></arki-icon>
      <span>${done ? s.contactCopied : s.contactCopy}</span><span class="visually-hidden"> ${kind === 'phone' ? s.contactCopyPhone : s.contactCopyEmail}</span>
    </button>${this.failed === kind ? html`<span class="copy-failed">${s.contactCopyFailed}</span>` : nothing}`;
  }

  private row(icon: string, label: string, value: TemplateResult, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="row">
      <dt><arki-icon name=${icon}></arki-icon><span>${label}</span></dt>
      <dd><span class="value">${value}</span>${extra}</dd>
    </div>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(serviceStrings);
    const locale = dataLocale(this.localize.code);
    const c = this.parsed;
    if (!c) return html`<article part="base" class="card"><p class="missing">${s.contactMissing}</p><slot></slot></article>`;
    const tag = headingTags[this.level]!;
    return html`<article part="base" class="card" aria-labelledby=${`${this.uid}-h`}>
      <div class="head">
        <arki-icon class="avatar" name=${c.kind === 'person' ? 'user' : 'home'} size="l"></arki-icon>
        <div>
          ${staticHtml`<${tag} part="heading" class="heading" id=${`${this.uid}-h`}>${text(c.name, locale)}</${tag}>`}
          ${c.role !== undefined ? html`<p class="role">${text(c.role, locale)}</p>` : nothing}
          ${c.organization !== undefined ? html`<p class="org">${text(c.organization, locale)}</p>` : nothing}
        </div>
      </div>
      <dl class="details">
        ${c.phone ? this.row('phone', s.contactPhone, html`<a class="focus-ring" href=${telHref(c.phone)}>${c.phone}</a>`, this.renderCopy('phone', s)) : nothing}
        ${c.email ? this.row('mail', s.contactEmail, html`<a class="focus-ring" href=${mailtoHref(c.email)}>${c.email}</a>`, this.renderCopy('email', s)) : nothing}
        ${c.address ? this.row('location', s.contactAddress, html`${postalAddressLines(c.address, locale).map((l) => html`<span class="line">${l}</span>`)}`) : nothing}
        ${c.url ? this.row('external-link', s.contactWebsite, html`<a class="focus-ring" href=${c.url}>${displayUrl(c.url)}</a>`) : nothing}
      </dl>
      ${c.hours
        ? html`<arki-opening-hours variant="compact" label=${s.contactHours} context=${localize(c.name, locale)} .hours=${c.hours} .now=${this.now} .clock=${this.clock} ?hour12=${this.hour12}></arki-opening-hours>`
        : nothing}
      <slot></slot>
    </article>`;
  }
}

defineElement('arki-contact-card', ArkiContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'arki-contact-card': ArkiContactCard;
  }
}
