import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { errorSummaryStrings } from '../../i18n/error-summary.js';
import { fieldStrings } from '../../i18n/field.js';
import { formStrings } from '../../i18n/forms.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import { collectErrors, focusControl, messageFor, stillInvalid, type Control } from './form-errors.js';
import styles from './error-summary.styles.js';

/** An entry given by the page (e.g. rendered from a server response). @since 0.1.0 */
export interface ErrorSummaryItem {
  /** The message, the same text as the field's inline error. */
  text: string;
  /** `#id` of the field; links to it. */
  href?: string;
  /** The field itself (when it has no id, or sits in a shadow root). */
  element?: HTMLElement;
}

interface Item {
  text: string;
  href: string;
  element?: HTMLElement;
}

// The page title carries one prefix however many summaries show errors.
const showing = new Map<object, string>();
let applied = '';
function syncDocumentTitle(): void {
  const want = showing.values().next().value ?? '';
  if (want === applied) {
    if (want && !document.title.startsWith(want)) document.title = want + document.title;
    return;
  }
  if (applied && document.title.startsWith(applied)) document.title = document.title.slice(applied.length);
  if (want && !document.title.startsWith(want)) document.title = want + document.title;
  applied = want;
}

let idCount = 0;

/**
 * The GOV.UK error summary for a native `<form>`: put it at the top of the form. It takes over
 * the form's validation (sets `novalidate`, so no browser bubbles): on a submit with invalid
 * Arki or native controls it stops the submit, shows every control's inline error, lists the
 * errors in document order as links that move focus to the control, takes focus itself and
 * prefixes the page title ("Virhe: "). Submit listeners on the form only see valid submits.
 * A submitter with `formnovalidate` skips the check.
 *
 * Controls with an `error` set by the server are listed on load, and the summary takes focus then
 * (as GOV.UK; `no-autofocus` turns this off). As the user fixes fields, their entries are removed
 * when they leave the field; new errors are added only at the next submit (GOV.UK updates the
 * summary on submit). When no entry is left, the summary hides and the title prefix goes.
 *
 * Screen readers: the summary is focused, not a live region (`role="alert"` in a shadow root is
 * announced unreliably, and with focus it is read twice); focus reads the title and the links.
 *
 * Links work across shadow roots: they hold the control itself and call its `focus()`. A control
 * without an `id` gets one (`arki-field-N`) so the link has a real `href`.
 *
 * @summary Lists a form's errors as links after a failed submit, or a server's errors on load.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Optional text under the title, e.g. what happens next.
 *
 * @csspart base - The focusable box.
 * @csspart title - The title.
 * @csspart list - The list of links.
 *
 * @cssproperty --arki-error-summary-border-color - Border colour.
 */
export class ArkiErrorSummary extends ArkiElement {
  static override styles = [reset, focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    errors: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noAutofocus: { type: Boolean, attribute: 'no-autofocus' },
    items: { state: true },
  };

  /** Entries given by the page; shown until the next client-side check. */
  declare errors: ErrorSummaryItem[];
  /** A title in place of the localised "Tarkista seuraavat kohdat". */
  declare heading: string;
  /** Heading level of the title (2–6). */
  declare headingLevel: number;
  /** Do not take focus when errors are found on load. */
  declare noAutofocus: boolean;

  private declare items: Item[];
  private form: HTMLFormElement | null = null;
  private hadNoValidate = false;
  private loadScan: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.errors = [];
    this.heading = '';
    this.headingLevel = 2;
    this.noAutofocus = false;
    this.items = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = this.closest('form');
    const form = this.form;
    if (form) {
      this.hadNoValidate = form.noValidate;
      form.noValidate = true;
      // Capture at the form: runs before the page's own submit listeners on the form.
      form.addEventListener('submit', this.onSubmit, { capture: true });
      form.addEventListener('reset', this.onReset);
      form.addEventListener('change', this.onEdited);
      form.addEventListener('focusout', this.onEdited);
    }
    this.loadScan = this.scanOnLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const form = this.form;
    if (form) {
      form.noValidate = this.hadNoValidate;
      form.removeEventListener('submit', this.onSubmit, { capture: true });
      form.removeEventListener('reset', this.onReset);
      form.removeEventListener('change', this.onEdited);
      form.removeEventListener('focusout', this.onEdited);
    }
    this.form = null;
    showing.delete(this);
    syncDocumentTitle();
  }

  /** Also waits for the errors found on load, so "rendered" means "with its entries". */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.loadScan;
    return super.getUpdateComplete();
  }

  /**
   * Checks the form as a submit does: shows every inline error, lists them, focuses the summary
   * and prefixes the title. Returns true when the form is valid (the summary then hides).
   */
  validate(): boolean {
    if (!this.form) return true;
    const found = collectErrors(this.form, 'check', this.localize.strings(formStrings), this.localize.strings(errorSummaryStrings));
    this.items = found.map((f) => this.toItem(f.text, f.element));
    if (found.length) void this.updateComplete.then(() => this.focus());
    return found.length === 0;
  }

  /** Focuses the summary (when it shows errors). */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('.summary')?.focus(options);
  }

  private toItem(text: string, element?: HTMLElement, href?: string): Item {
    if (element && !element.id) element.id = `arki-field-${++idCount}`;
    return { text, element, href: href ?? (element ? `#${element.id}` : '#') };
  }

  private async scanOnLoad(): Promise<void> {
    await super.getUpdateComplete(); // entries given as `errors` are rendered by now
    const form = this.form;
    if (!this.items.length && form) {
      // Arki controls join form.elements when defined; give late definitions a moment.
      const pending = [...new Set(Array.from(form.querySelectorAll(':not(:defined)'), (el) => el.localName))].filter((n) => n.startsWith('arki-'));
      if (pending.length) await Promise.race([Promise.all(pending.map((n) => customElements.whenDefined(n))), new Promise((r) => setTimeout(r, 1000))]);
      await Promise.all(Array.from(form.elements, (el) => (el as Partial<ArkiElement>).updateComplete));
      if (!this.isConnected || this.items.length) return;
      const found = collectErrors(form, 'server', this.localize.strings(formStrings), this.localize.strings(errorSummaryStrings));
      this.items = found.map((f) => this.toItem(f.text, f.element));
      await super.getUpdateComplete();
    }
    // As GOV.UK: focus the summary of a page that arrives with errors, unless the user has moved on.
    const active = document.activeElement;
    if (this.items.length && !this.noAutofocus && (!active || active === document.body)) this.focus();
  }

  private onSubmit = (e: SubmitEvent): void => {
    const submitter = e.submitter as HTMLButtonElement | null;
    if (submitter?.formNoValidate) return;
    if (this.validate()) return;
    // As a native invalid form: no submit event reaches the page.
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  private onReset = (): void => {
    this.items = [];
  };

  private pruneTimer?: ReturnType<typeof setTimeout>;
  /** After the user leaves or changes a field: drop entries that are now fixed, refresh the rest. */
  private onEdited = (): void => {
    if (!this.items.length) return;
    clearTimeout(this.pruneTimer);
    // A tick later: Arki controls update their validity in their own (async) update.
    this.pruneTimer = setTimeout(() => {
      const t = this.localize.strings(formStrings);
      const s = this.localize.strings(errorSummaryStrings);
      const next = this.items
        .filter((i) => !i.element || stillInvalid(i.element))
        .map((i) => (i.element ? { ...i, text: messageFor(i.element as Control, t, s) || i.text } : i));
      if (next.length !== this.items.length || next.some((n, k) => n.text !== this.items[k]!.text)) this.items = next;
    });
  };

  private onLink(e: MouseEvent, item: Item): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = item.element ?? (item.href.startsWith('#') && item.href.length > 1 ? root.getElementById(decodeURIComponent(item.href.slice(1))) : null);
    if (!target) return; // a link elsewhere: let the browser follow it
    e.preventDefault();
    focusControl(target);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('errors')) this.items = (this.errors ?? []).map((i) => this.toItem(i.text, i.element, i.href));
    if (changed.has('headingLevel')) {
      const level = this.oneOf('heading-level', String(this.headingLevel), ['2', '3', '4', '5', '6'], '2');
      this.headingLevel = Number(level);
    }
  }

  protected override updated(): void {
    if (this.items.length) showing.set(this, `${this.localize.strings(fieldStrings).errorPrefix}: `);
    else showing.delete(this);
    syncDocumentTitle();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.items.length) return nothing;
    return html`<div part="base" class="summary" tabindex="-1">
      <div part="title" class="title" role="heading" aria-level=${this.headingLevel}>
        ${this.heading || this.localize.strings(errorSummaryStrings).errorSummaryTitle}
      </div>
      <slot></slot>
      <ul part="list" class="list">
        ${this.items.map((i) => html`<li><a href=${i.href} @click=${(e: MouseEvent) => this.onLink(e, i)}>${i.text}</a></li>`)}
      </ul>
    </div>`;
  }
}

defineElement('arki-error-summary', ArkiErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'arki-error-summary': ArkiErrorSummary;
  }
}
