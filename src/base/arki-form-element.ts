import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { fieldStrings } from '../i18n/field.js';
import { ArkiElement } from './arki-element.js';
import { devWarn } from './dev.js';

/** What a validator reports: the ValidityState flag it sets and a localised, field-naming message. */
export interface ValidationFailure {
  flag: keyof ValidityStateFlags;
  message: string;
}

/** A pluggable validator: return a failure, or null when the value is fine. @since 0.1.0 */
export type FieldValidator<E extends ArkiFormElement = ArkiFormElement> = (el: E) => ValidationFailure | null;

/** How a form marks fields: the required ones, the optional ones (GOV.UK), or neither. */
export type FieldMarking = 'required' | 'optional' | 'none';

/** Field-specific error messages by validity flag. @since 0.1.0 */
export type FieldMessages = Partial<Record<keyof ValidityStateFlags, string>>;

// Shared, frozen defaults: no per-instance allocation (assign a new array or object to change them).
const NO_VALIDATORS: FieldValidator[] = Object.freeze([]) as unknown as FieldValidator[];
const NO_MESSAGES: FieldMessages = Object.freeze({});

function parseMessages(value: string | null): FieldMessages {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as FieldMessages;
  } catch {
    // fall through to the warning
  }
  devWarn('arki-form-element', `ignored messages="${value}": expected a JSON object such as {"valueMissing":"…"}.`);
  return {};
}

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

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    hint: {},
    error: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    marking: { attribute: 'marking' },
    validators: { attribute: false },
    messages: { converter: { fromAttribute: parseMessages } },
    formDisabled: { state: true },
    userInvalidShown: { state: true },
    customMessage: { state: true },
    hostAriaLabel: { attribute: 'aria-label' },
  };

  /** Name submitted with the form. */
  declare name: string;
  /** Visible label. Required: a control without one gets a dev warning. */
  declare label: string;
  /** Hint text shown under the label. */
  declare hint: string;
  /** Error set from outside (e.g. by a server response); shown at once and blocks submit. */
  declare error: string;
  declare required: boolean;
  declare disabled: boolean;
  declare readonly: boolean;
  /**
   * Which fields carry a text marker: `required` ("(pakollinen)"), `optional` ("(valinnainen)")
   * or `none`. Unset: taken from the nearest ancestor's `data-arki-marking`, else `required`.
   */
  declare marking?: FieldMarking;
  /** Extra validators, run after the built-in constraints. */
  declare validators: FieldValidator[];
  /**
   * Field-specific messages by validity flag, as GOV.UK advises
   * (`{ valueMissing: 'Hyväksy käyttöehdot' }`); they replace the generic ones. As an
   * attribute: JSON (`messages='{"valueMissing":"…"}'`); malformed JSON is ignored with a warning.
   */
  declare messages: FieldMessages;

  /** Disabled by an ancestor `<fieldset disabled>`. */
  protected declare formDisabled: boolean;
  /** Errors become visible after the user leaves the field or tries to submit (user-invalid). */
  protected declare userInvalidShown: boolean;
  private declare customMessage: string;
  /**
   * An author's `aria-label` on the element. It names the host only, not the native control in
   * the shadow root, so each control forwards it with `controlLabel` (its input, select or fieldset).
   */
  protected declare hostAriaLabel: string | null;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.hint = '';
    this.error = '';
    this.required = false;
    this.disabled = false;
    this.readonly = false;
    this.validators = NO_VALIDATORS;
    this.messages = NO_MESSAGES;
    this.formDisabled = false;
    this.userInvalidShown = false;
    this.customMessage = '';
    this.hostAriaLabel = null;
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
  /** The state the browser keeps for restore; defaults to the form value. A field that submits a
   * normalised value returns what the user typed here, so a restore shows their own text. */
  protected formState(): string | File | FormData | null {
    return this.formValue();
  }
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
    this.addEventListener('invalid', ArkiFormElement.onInvalid);
    this.addEventListener('focusout', ArkiFormElement.onFocusOut as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', ArkiFormElement.onInvalid);
    this.removeEventListener('focusout', ArkiFormElement.onFocusOut as EventListener);
  }

  // Value and validity are written before render, so the error shown is never one update stale.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Lit reflects `disabled` only after render, so the browser's formDisabledCallback came too
    // late for this render and `el.disabled = false` left the inner control disabled. Reflect it
    // now: the callback then updates `formDisabled` before render.
    if (!isServer && changed.has('disabled') && this.hasAttribute('disabled') !== this.disabled) this.toggleAttribute('disabled', this.disabled);
    this.syncForm();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The validation anchor exists only now; a valid control needs none.
    if (!this.internals.validity.valid) this.updateValidity();
    if (!this.label && !this.hostAriaLabel?.trim()) this.warn('has no label; every form control needs a visible label.');
    const aria = this.hostAriaLabel?.trim().toLowerCase();
    if (this.label && aria && !aria.includes(this.label.trim().toLowerCase())) {
      this.warn(`aria-label="${this.hostAriaLabel}" replaces the visible label "${this.label}" as the control's name; include the label's words in it (WCAG 2.5.3), or drop it.`);
    }
    // IDs do not cross the shadow root: these would point at nothing from the inner control.
    for (const attr of ['aria-labelledby', 'aria-describedby']) {
      if (this.hasAttribute(attr)) this.warn(`${attr} does not reach the control inside the element; use ${attr === 'aria-labelledby' ? 'label' : 'hint'} instead.`);
    }
  }

  /** The host's `aria-label`, for the native control's (or fieldset's) `aria-label`. */
  protected get controlLabel(): string | typeof nothing {
    return this.hostAriaLabel?.trim() || nothing;
  }

  /** The field's name for its error messages ("Syötä Nimi"): the label, else the host's aria-label. */
  protected get fieldName(): string {
    return this.label || this.hostAriaLabel?.trim() || '';
  }

  /** Writes value and validity to the form. Subclasses call it after user input. */
  protected syncForm(): void {
    const value = this.isDisabled ? null : this.formValue();
    this.internals.setFormValue(value, this.isDisabled ? null : this.formState());
    this.updateValidity();
  }

  /**
   * Call on every user edit. Marks the field dirty; drops an outside `error`, which was about
   * the old value, and shows live validation in its place; and writes value and validity to the
   * form at once, so `input` listeners already see the new FormData.
   */
  protected commitUserInput(): void {
    this.dirty = true;
    if (this.error) {
      this.error = '';
      this.userInvalidShown = true;
    }
    this.syncForm();
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
    for (const list of [this.builtInValidators(), this.validators]) {
      for (const v of list) {
        const f = v(this);
        if (f) return this.messages[f.flag] ? { flag: f.flag, message: this.messages[f.flag]! } : f;
      }
    }
    return this.customMessage ? { flag: 'customError', message: this.customMessage } : null;
  }

  /** Custom states for styling (`:state(user-invalid)`), tolerant of engines without them. */
  protected setState(name: string, on: boolean): void {
    const attr = `data-${name}`;
    if (this.hasAttribute(attr) === on) return; // unchanged: most syncs
    const states = this.internals.states as Set<string> | undefined;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Older engines only accept the deprecated `--name` syntax; the attribute fallback below covers styling.
    }
    this.toggleAttribute(attr, on);
  }

  protected showUserInvalid(): void {
    if (!this.userInvalidShown) this.userInvalidShown = true;
  }

  // Listeners shared by every instance (no per-instance closures); `this` is the element.
  private static onInvalid(this: ArkiFormElement, e: Event): void {
    // Browser validation on submit: show our inline error instead of the native bubble.
    e.preventDefault();
    this.showUserInvalid();
  }

  private static onFocusOut(this: ArkiFormElement, e: FocusEvent): void {
    // Leaving the whole control (not moving between its own parts) after a change.
    if (e.relatedTarget instanceof Node && this.contains(e.relatedTarget)) return;
    if (this.dirty) this.showUserInvalid();
  }

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
    // Also called while Lit reflects our own `disabled` attribute, inside an update, where the
    // re-render request is dropped: without this, `el.disabled = false` left the form value empty.
    this.syncForm();
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
    const s = this.localize.strings(fieldStrings);
    if (marking === 'required' && this.required) return html` <span class="marker">(${s.required})</span>`;
    if (marking === 'optional' && !this.required) return html` <span class="marker">(${s.optional})</span>`;
    return nothing;
  }

  /** The label, with the `help` slot beside it for contextual help (`arki-help`). */
  protected renderLabel(forId: string): TemplateResult {
    return html`<div class="label-row"><label part="label" class="label" for=${forId}>${this.label}${this.renderMarker()}</label><slot name="help"></slot></div>`;
  }

  protected renderHint(id: string): TemplateResult | typeof nothing {
    return this.hint ? html`<div part="hint" class="hint" id=${id}>${this.hint}</div>` : nothing;
  }

  /** The error sits above the control (GOV.UK), as real text, prefixed for screen readers. */
  protected renderError(id: string): TemplateResult | typeof nothing {
    const message = this.visibleError;
    return message
      ? html`<div part="error" class="error" id=${id}><span class="visually-hidden">${this.localize.strings(fieldStrings).errorPrefix}: </span>${message}</div>`
      : nothing;
  }

  /** `aria-describedby` value listing the hint and the visible error. */
  protected describedBy(hintId: string, errorId: string): string | typeof nothing {
    const ids = [this.hint ? hintId : '', this.visibleError ? errorId : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }
}
