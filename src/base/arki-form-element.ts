import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ArkiElement } from './arki-element.js';

/** What a validator reports: the ValidityState flag it sets and a localised, field-naming message. */
export interface ValidationFailure {
  flag: keyof ValidityStateFlags;
  message: string;
}

/** A pluggable validator: return a failure, or null when the value is fine. @since 0.1.0 */
export type FieldValidator<E extends ArkiFormElement = ArkiFormElement> = (el: E) => ValidationFailure | null;

/** How a form marks fields: the required ones, the optional ones (GOV.UK), or neither. */
export type FieldMarking = 'required' | 'optional' | 'none';

/**
 * The base of every form control: a form-associated custom element (ElementInternals),
 * pluggable validation with user-invalid semantics, and the label/hint/error chrome that
 * lives in the same shadow root as the native control (IDREFs do not cross shadow roots).
 *
 * Subclasses implement `formValue()`, `resetValue()`, `restoreValue()` and
 * `validationAnchor()`, and may add built-in checks in `builtInValidators()`.
 * @since 0.1.0
 */
export abstract class ArkiFormElement extends ArkiElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...ArkiElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals;

  /** Name submitted with the form. */
  @property({ reflect: true }) name = '';
  /** Visible label. Required: a control without one gets a dev warning. */
  @property() label = '';
  /** Hint text shown under the label. */
  @property() hint = '';
  /** Error set from outside (e.g. by a server response); shown at once and blocks submit. */
  @property() error = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /**
   * Which fields carry a text marker: `required` ("(pakollinen)"), `optional` ("(valinnainen)")
   * or `none`. Unset: taken from the nearest ancestor's `data-arki-marking`, else `required`.
   */
  @property({ attribute: 'marking' }) marking?: FieldMarking;
  /** Extra validators, run after the built-in constraints. */
  @property({ attribute: false }) validators: FieldValidator[] = [];

  /** Disabled by an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;
  /** Errors become visible after the user leaves the field or tries to submit (user-invalid). */
  @state() protected userInvalidShown = false;
  @state() private customMessage = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  // --- The control's contract with subclasses ---------------------------------------------

  /** The value for FormData (`null` submits nothing). */
  protected abstract formValue(): string | File | FormData | null;
  /** Back to the initial value (form reset). */
  protected abstract resetValue(): void;
  /** Restore from browser state (back/forward cache, autofill restore). */
  protected abstract restoreValue(state: string | File | FormData): void;
  /** The element the browser points at when reporting validity (the first native control). */
  protected abstract validationAnchor(): HTMLElement | undefined;
  /** Built-in constraint checks (required, lengths, type...). */
  protected builtInValidators(): FieldValidator[] {
    return [];
  }

  // --- Native-like API ----------------------------------------------------------------------

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** True when disabled directly or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  checkValidity(): boolean {
    this.updateValidity();
    return this.internals.checkValidity();
  }
  /** Shows the error (user-invalid) and reports validity like a native control. */
  reportValidity(): boolean {
    this.updateValidity();
    this.showUserInvalid();
    return this.internals.reportValidity();
  }
  setCustomValidity(message: string): void {
    this.customMessage = message;
    this.updateValidity();
  }

  /** The error text the user currently sees (empty when none is shown). */
  get visibleError(): string {
    if (this.error) return this.error;
    return this.userInvalidShown && !this.internals.validity.valid ? this.internals.validationMessage : '';
  }

  // --- Lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
    this.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onInvalid);
    this.removeEventListener('focusout', this.onFocusOut);
  }

  // Value and validity are written before render, so the error shown is never one update stale.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncForm();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The validation anchor exists only now.
    this.updateValidity();
    if (!this.label && !this.hasAttribute('aria-label')) this.warn('has no label; every form control needs a visible label.');
  }

  /** Writes value and validity to the form. Subclasses call it after user input. */
  protected syncForm(): void {
    const value = this.isDisabled ? null : this.formValue();
    this.internals.setFormValue(value, value);
    this.updateValidity();
  }

  protected updateValidity(): void {
    const failure = this.isDisabled || this.readonly ? null : this.firstFailure();
    const message = failure?.message ?? '';
    const flags: ValidityStateFlags = failure ? { [failure.flag]: true } : {};
    if (failure) this.internals.setValidity(flags, message, this.validationAnchor());
    else this.internals.setValidity({});
    this.setState('invalid', !!failure);
    this.setState('user-invalid', !!failure && (this.userInvalidShown || !!this.error));
  }

  private firstFailure(): ValidationFailure | null {
    if (this.error) return { flag: 'customError', message: this.error };
    for (const v of [...this.builtInValidators(), ...this.validators]) {
      const f = v(this);
      if (f) return f;
    }
    return this.customMessage ? { flag: 'customError', message: this.customMessage } : null;
  }

  /** Custom states for styling (`:state(user-invalid)`), tolerant of engines without them. */
  protected setState(name: string, on: boolean): void {
    const states = this.internals.states as Set<string> | undefined;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Older engines only accept the deprecated `--name` syntax; the attribute fallback below covers styling.
    }
    this.toggleAttribute(`data-${name}`, on);
  }

  protected showUserInvalid(): void {
    if (!this.userInvalidShown) this.userInvalidShown = true;
  }

  private onInvalid = (e: Event): void => {
    // Browser validation on submit: show our inline error instead of the native bubble.
    e.preventDefault();
    this.showUserInvalid();
  };

  private onFocusOut = (e: FocusEvent): void => {
    // Leaving the whole control (not moving between its own parts) after a change.
    if (e.relatedTarget instanceof Node && this.contains(e.relatedTarget)) return;
    if (this.dirty) this.showUserInvalid();
  };

  /** Set by subclasses when the user has changed the value. */
  protected dirty = false;

  formResetCallback(): void {
    this.resetValue();
    this.dirty = false;
    this.userInvalidShown = false;
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state != null) this.restoreValue(state);
  }

  // --- Label, hint and error chrome ---------------------------------------------------------

  /** The effective marking convention for this field. */
  protected get effectiveMarking(): FieldMarking {
    if (this.marking) return this.oneOf('marking', this.marking, ['required', 'optional', 'none'], 'required');
    const attr = this.closest('[data-arki-marking]')?.getAttribute('data-arki-marking');
    return this.oneOf('data-arki-marking', attr, ['required', 'optional', 'none'], 'required');
  }

  /** "(pakollinen)" / "(valinnainen)" after the label text, as text so it is read and translated. */
  protected renderMarker(): TemplateResult | typeof nothing {
    const marking = this.effectiveMarking;
    if (marking === 'required' && this.required) return html` <span class="marker">(${this.localize.t.required})</span>`;
    if (marking === 'optional' && !this.required) return html` <span class="marker">(${this.localize.t.optional})</span>`;
    return nothing;
  }

  protected renderLabel(forId: string): TemplateResult {
    return html`<label part="label" class="label" for=${forId}>${this.label}${this.renderMarker()}</label>`;
  }

  protected renderHint(id: string): TemplateResult | typeof nothing {
    return this.hint ? html`<div part="hint" class="hint" id=${id}>${this.hint}</div>` : nothing;
  }

  /** The error sits above the control (GOV.UK), as real text, prefixed for screen readers. */
  protected renderError(id: string): TemplateResult | typeof nothing {
    const message = this.visibleError;
    return message
      ? html`<div part="error" class="error" id=${id}><span class="visually-hidden">${this.localize.t.errorPrefix}: </span>${message}</div>`
      : nothing;
  }

  /** `aria-describedby` value listing the hint and the visible error. */
  protected describedBy(hintId: string, errorId: string): string | typeof nothing {
    const ids = [this.hint ? hintId : '', this.visibleError ? errorId : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }
}
