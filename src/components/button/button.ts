import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiCoreElement } from '../../base/arki-core-element.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { defineElement } from '../../base/define.js';
import { findDefaultButton, submitForm } from '../../base/form-submit.js';
import { focusRing, reset, visuallyHidden } from '../../styles/shared.js';
import styles from './button.styles.js';

export const buttonVariants = ['primary', 'secondary', 'tertiary', 'danger'] as const;
export type ButtonVariant = (typeof buttonVariants)[number];
export const buttonSizes = ['s', 'm', 'l'] as const;
export type ButtonSize = (typeof buttonSizes)[number];
export const buttonTypes = ['button', 'submit', 'reset'] as const;
export type ButtonType = (typeof buttonTypes)[number];

/**
 * A button, or a link styled as one. Submits and resets native forms like a native button
 * (including Enter in a text field of the form), and keeps the target size rules.
 *
 * **Disabled:** `disabled` disables the native button: it leaves the tab order and is not
 * announced as actionable. Prefer leaving buttons enabled and explaining errors (GOV.UK).
 * `loading` instead uses `aria-disabled="true"`: the button keeps focus while the action runs,
 * ignores further clicks, and "Loading" is announced.
 *
 * @summary Primary, secondary, tertiary and danger actions; submit/reset in forms; link mode.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The button's text.
 * @slot start - An icon before the text (decorative: give it `aria-hidden="true"`).
 * @slot end - An icon after the text.
 *
 * @csspart base - The native `<button>` or `<a>`.
 *
 * @cssproperty --arki-button-background - Background of the primary variant.
 * @cssproperty --arki-button-background-hover - Hover background of the primary variant.
 * @cssproperty --arki-button-color - Text colour of the primary variant.
 * @cssproperty --arki-button-radius - Corner radius.
 */
export class ArkiButton extends ArkiCoreElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...ArkiCoreElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [reset, focusRing, visuallyHidden, styles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    size: { reflect: true },
    type: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    loading: { type: Boolean, reflect: true },
    fullWidth: { type: Boolean, reflect: true, attribute: 'full-width' },
    name: {},
    value: {},
    href: {},
    target: {},
    rel: {},
    download: {},
  };

  /** Visual weight: `primary` for the one main action of a view. */
  declare variant: ButtonVariant;
  /** `s` (at least 24×24 px), `m` and `l` (at least 44×44 px). */
  declare size: ButtonSize;
  /** Behaviour in a form, as the native attribute. */
  declare type: ButtonType;
  declare disabled: boolean;
  /** Busy: announced, `aria-disabled`, ignores clicks, keeps focus. */
  declare loading: boolean;
  /** Stretch to the width of the container (on narrow screens, for example). */
  declare fullWidth: boolean;
  /** Submitted with the form as the submitter's name. */
  declare name: string;
  declare value: string;
  /** Renders an `<a>`: for navigation, not actions. */
  declare href: string;
  declare target: string;
  declare rel: string;
  /** Link mode: download the target (optionally as this file name). */
  declare download?: string;

  readonly #internals: ElementInternals;
  /**
   * Strings for the nearest `lang`, loaded when first needed (a new-tab link, the loading state):
   * most buttons show no text of their own, so a plain button does not carry the i18n layer.
   */
  #localize?: LocalizeController;
  #localizing?: Promise<LocalizeController>;

  constructor() {
    super();
    this.variant = 'primary';
    this.size = 'm';
    this.type = 'button';
    this.disabled = false;
    this.loading = false;
    this.fullWidth = false;
    this.name = '';
    this.value = '';
    this.href = '';
    this.target = '';
    this.rel = '';
    this.#internals = this.attachInternals();
  }

  /** The form this button belongs to (as the native `form` property). */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get #isLink(): boolean {
    return !!this.href;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onHostClick, { capture: true });
    this.addEventListener('click', this.#onActivate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onHostClick, { capture: true });
    this.removeEventListener('click', this.#onActivate);
  }

  #boundForm: HTMLFormElement | null = null;

  /** Called by the browser whenever the form owner changes (including to none). */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#boundForm?.removeEventListener('keydown', this.#onFormKeydown);
    this.#boundForm = form;
    form?.addEventListener('keydown', this.#onFormKeydown);
  }

  #strings(): Promise<LocalizeController> {
    // Once added, the controller follows `lang` and re-renders the button like any other.
    return (this.#localizing ??= import('../../controllers/localize.js').then(({ LocalizeController }) => (this.#localize ??= new LocalizeController(this))));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#isLink && this.target === '_blank') void this.#strings();
    if (changed.has('variant')) this.variant = this.oneOf('variant', this.variant, buttonVariants, 'primary');
    if (changed.has('size')) this.size = this.oneOf('size', this.size, buttonSizes, 'm');
    if (changed.has('type')) this.type = this.oneOf('type', this.type, buttonTypes, 'button');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('loading') && this.loading && changed.get('loading') === false) {
      // Loaded on first use: most buttons never enter the loading state.
      void Promise.all([this.#strings(), import('../../controllers/announcer.js')]).then(([l, { announce }]) => {
        if (this.loading) announce(l.t.loading, 'polite', l.code);
      });
    }
  }

  /** Blocks activation while disabled or loading, before any other listener sees the click. */
  #onHostClick = (e: MouseEvent): void => {
    if (this.disabled || this.loading) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };

  /**
   * Form behaviour runs on any click that reaches the host: a user's click on the inner
   * button or `host.click()`. To cancel a submit, listen for `submit` on the form.
   */
  #onActivate = (e: MouseEvent): void => {
    if (e.defaultPrevented || this.#isLink || this.disabled || this.loading) return;
    const form = this.form;
    if (!form) return;
    if (this.type === 'submit') submitForm(form, this.name, this.value);
    else if (this.type === 'reset') form.reset();
  };

  /**
   * Enter in a native single-line input of our form: when this is the form's default button,
   * submit through it (browsers only do this for native submit buttons).
   */
  #onFormKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || e.defaultPrevented || e.isComposing || this.type !== 'submit') return;
    const input = e.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.getRootNode() !== this.getRootNode()) return;
    if (['button', 'submit', 'reset', 'checkbox', 'radio', 'file', 'image', 'color', 'range'].includes(input.type)) return;
    if (!this.form || findDefaultButton(this.form) !== this) return;
    e.preventDefault();
    this.click();
  };

  /** Focuses the inner control. */
  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('.button')?.focus(options);
  }

  #renderContent(): TemplateResult {
    return html`
      ${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : html`<slot name="start"></slot>`}
      <slot></slot>
      <slot name="end"></slot>
    `;
  }

  protected override render(): TemplateResult {
    if (this.#isLink) {
      const newTab = this.target === '_blank';
      const rel = newTab ? [this.rel, 'noopener', 'noreferrer'].filter(Boolean).join(' ') : this.rel;
      return html`<a
        part="base"
        class="button focus-ring"
        href=${this.disabled ? nothing : this.href}
        role=${this.disabled ? 'link' : nothing}
        aria-disabled=${this.disabled ? 'true' : nothing}
        target=${this.target || nothing}
        rel=${rel || nothing}
        download=${this.download ?? nothing}
        >${this.#renderContent()}${newTab && this.#localize ? html`<span class="visually-hidden"> (${this.#localize.t.opensInNewTab})</span>` : nothing}</a
      >`;
    }
    return html`<button
      part="base"
      class="button focus-ring"
      type="button"
      ?disabled=${this.disabled}
      aria-disabled=${this.loading ? 'true' : nothing}
    >
      ${this.#renderContent()}
    </button>`;
  }
}

defineElement('arki-button', ArkiButton);

declare global {
  interface HTMLElementTagNameMap {
    'arki-button': ArkiButton;
  }
}
