import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { ArkiFormElement, type FieldValidator, type ValidationFailure } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { checkboxStrings } from '../../i18n/checkbox.js';
import { fieldStyles } from '../../styles/field.js';
import { reset, visuallyHidden } from '../../styles/shared.js';
import styles from './checkbox.styles.js';

/** The state saved for an unchecked box (a checked one saves its value). */
const UNCHECKED = '';

/**
 * A single native checkbox with its label and hint: a yes/no question or consent
 * ("Hyväksyn käyttöehdot"). The whole label toggles it. For several related choices use
 * `arki-checkbox-group`.
 *
 * **Required** means it must be checked. The default message names the box by its label; for
 * consent give the field its own words (GOV.UK): `messages = { valueMissing: 'Hyväksy käyttöehdot' }`.
 *
 * **Read-only** keeps the box focusable and announced (`aria-readonly`) but not changeable.
 *
 * @summary One checkbox with label, hint and error; for consent and yes/no questions.
 * @status stable
 * @since 0.1.0
 *
 * @slot help - Contextual help beside the label (`arki-help`).
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The native checkbox.
 *
 * @cssproperty --arki-checkbox-size - Size of the box (at least 24 px).
 *
 * @cssstate invalid - Required and unchecked.
 * @cssstate user-invalid - The error is shown.
 *
 * @fires input - When the user toggles it. Bubbles, composed.
 * @fires change - When the user toggles it. Bubbles, composed.
 */
export class ArkiCheckbox extends ArkiFormElement {
  static override styles = [reset, visuallyHidden, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    value: {},
    defaultChecked: { type: Boolean, attribute: 'checked' },
    indeterminate: { type: Boolean },
    checked: { attribute: false },
  };

  /** Submitted when checked. */
  declare value: string;
  /** Checked initially (the `checked` attribute); a form reset returns to it. */
  declare defaultChecked: boolean;
  /** Shown as neither checked nor unchecked ("mixed") until the user toggles it. */
  declare indeterminate: boolean;

  private current?: boolean;

  constructor() {
    super();
    this.value = 'on';
    this.defaultChecked = false;
    this.indeterminate = false;
  }

  /** Whether the box is checked now. Setting it fires no event. */
  get checked(): boolean {
    return this.current ?? this.defaultChecked;
  }
  set checked(v: boolean) {
    this.current = !!v;
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.('input') ?? null;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && (this.value as unknown) == null) this.value = 'on';
    super.willUpdate(changed);
  }

  // --- Form contract -------------------------------------------------------------------------

  protected formValue(): string | null {
    return this.checked ? this.value : null;
  }
  protected override formState(): string {
    return this.checked ? this.value || 'on' : UNCHECKED;
  }
  protected resetValue(): void {
    this.current = undefined;
    this.indeterminate = false;
  }
  protected restoreValue(state: string | File | FormData): void {
    this.checked = state !== UNCHECKED;
  }
  protected validationAnchor(): HTMLElement | undefined {
    return this.input ?? undefined;
  }
  protected override builtInValidators(): FieldValidator[] {
    return builtIn;
  }
  protected checkConstraints(): ValidationFailure | null {
    if (!this.required || this.checked) return null;
    return { flag: 'valueMissing', message: this.localize.strings(checkboxStrings).checkboxValueMissing(this.fieldName) };
  }

  // --- User input ----------------------------------------------------------------------------

  private onClick(e: MouseEvent): void {
    if (this.readonly) e.preventDefault(); // the box does not change; focus and reading do
  }

  private onInput(e: Event): void {
    e.stopPropagation();
    this.checked = (e.target as HTMLInputElement).checked;
    this.indeterminate = false;
    this.commitUserInput();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const invalid = !!this.visibleError;
    return html`<div class="field" ?data-invalid=${invalid}>
      ${this.renderError('error')}
      <div class="item">
        <span class="checkbox">
        <input
          part="control"
          class="check"
          id="control"
          type="checkbox"
          .checked=${live(this.checked)}
          .indeterminate=${this.indeterminate}
          ?disabled=${this.isDisabled}
          aria-readonly=${this.readonly ? 'true' : nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy('hint', 'error')}
          aria-label=${this.controlLabel}
          @click=${this.onClick}
          @input=${this.onInput}
          @change=${this.onChange}
        />${marks}</span>
        <div class="text">${this.renderLabel('control')}${this.renderHint('hint')}</div>
      </div>
    </div>`;
  }
}

defineElement('arki-checkbox', ArkiCheckbox);

// The tick and the dash, drawn over the box (our own static SVG: no data URLs, strict-CSP safe).
const marks = svg`<svg class="mark tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5.5 12.5l4.5 4.5 8.5-9.5" /></svg><svg class="mark dash" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.5 12h11" /></svg>`;

const builtIn: FieldValidator[] = [(el) => (el as unknown as { checkConstraints(): ValidationFailure | null }).checkConstraints()];

declare global {
  interface HTMLElementTagNameMap {
    'arki-checkbox': ArkiCheckbox;
  }
}
