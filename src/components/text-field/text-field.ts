import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ArkiFormElement, type FieldValidator, type ValidationFailure } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { implicitSubmit } from '../../base/implicit-submit.js';
import { fieldStyles } from '../../styles/field.js';
import { reset, visuallyHidden } from '../../styles/shared.js';
import { isValidatorName, validators as finnishValidators, type ValidatorName } from '../../validation/index.js';
import { constraintFailure, validatorFailure } from '../../validation/messages.js';
import { charCount, compilePattern, fieldSizes, isEmail, normalizeUrl, numberAttr, parseNumber, stepMismatch, type FieldSize } from './text-constraints.js';
import styles from './text-field.styles.js';

export const textFieldTypes = ['text', 'email', 'tel', 'url', 'number', 'password', 'search'] as const;
export type TextFieldType = (typeof textFieldTypes)[number];
/** GOV.UK's fixed input widths, in characters. */
export const fieldWidths = ['2', '3', '4', '5', '10', '20', '30'] as const;
export type FieldWidth = (typeof fieldWidths)[number];
export { fieldSizes, type FieldSize } from './text-constraints.js';

/**
 * A single-line text field with label, hint, error and validation, including the Finnish
 * validators (`validate="hetu|business-id|postal-code|iban|phone"`).
 *
 * **What is submitted.** The form gets what the user typed, except where the value has a
 * normalised form and is valid: `validate="phone"` submits E.164 (`+358401234567`),
 * `validate="iban"` the electronic format (`FI2112345600000785`), `hetu` and `business-id`
 * their canonical form, `type="number"` a plain decimal (`1234.5` for "1 234,5"), and
 * `type="url"` an address with its scheme (`https://www.esimerkki.fi` for "www.esimerkki.fi").
 * The text in the field is never rewritten. `value` is always the text as typed.
 *
 * **Numbers.** `type="number"` renders a text input with `inputmode` (GOV.UK: no spinners, no
 * scroll-to-change, and the Finnish decimal comma works); `min`, `max` and `step` (default 1,
 * `any` for none) are checked as a native number input would.
 *
 * **Lengths.** `maxlength` is checked, not enforced: a longer paste is kept and reported.
 *
 * @summary Text, email, phone, web address, number, password and search input.
 * @status stable
 * @since 0.1.0
 *
 * @slot start - A prefix inside the box, e.g. `<span slot="start">€</span>`. Hidden from screen readers: say the unit in the label or hint.
 * @slot end - A suffix inside the box, e.g. `<span slot="end">kg</span>`. Hidden from screen readers likewise.
 * @slot help - Contextual help beside the label (`arki-help`).
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart base - The box around prefix, input and suffix.
 * @csspart control - The native input.
 *
 * @cssstate invalid - The value fails a constraint.
 * @cssstate user-invalid - The error is shown (after leaving the field or a submit attempt).
 *
 * @fires input - On each user edit (not on programmatic changes). Bubbles, composed.
 * @fires change - When the user commits an edit. Bubbles, composed.
 */
export class ArkiTextField extends ArkiFormElement {
  static override styles = [reset, visuallyHidden, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    type: {},
    defaultValue: { attribute: 'value' },
    autocomplete: {},
    inputmode: {},
    placeholder: {},
    maxlength: { type: Number },
    minlength: { type: Number },
    pattern: {},
    min: {},
    max: {},
    step: {},
    width: {},
    size: {},
    validate: {},
    value: { attribute: false },
  };

  // Optional attributes have no initial value: every initializer costs each instance an update
  // request, and the bench renders 500 of these.
  declare type: TextFieldType;
  /** The initial value (the `value` attribute); a form reset returns to it. */
  declare defaultValue: string;
  /** Passed to the input: `name`, `email`, `tel`, `postal-code`, `one-time-code`, ... */
  declare autocomplete?: string;
  /** Passed to the input; by default derived from `type` (number → `numeric`/`decimal`). */
  declare inputmode?: string;
  /** Shown in the empty input. Prefer a hint: a placeholder vanishes when typing starts. */
  declare placeholder?: string;
  /** Checked, not enforced: text over the limit is kept and reported. */
  declare maxlength?: number;
  declare minlength?: number;
  /** A regular expression the whole value must match (as the native attribute). */
  declare pattern?: string;
  /** For `type="number"`. */
  declare min?: string;
  declare max?: string;
  /** For `type="number"`: default 1; `any` allows any decimal. */
  declare step?: string;
  /** Expected length in characters: 2, 3, 4, 5, 10, 20 or 30 (GOV.UK widths); else full width. */
  declare width?: string;
  /** `s`, `m` or `l`. */
  declare size: FieldSize;
  /** A Finnish validator: `hetu`, `business-id`, `postal-code`, `iban` or `phone`. */
  declare validate?: string;

  private current?: string;
  private validatorName: ValidatorName | null = null;
  private widthChars?: FieldWidth;

  constructor() {
    super();
    this.type = 'text';
    this.defaultValue = '';
    this.size = 'm';
  }

  /** The text in the field, as typed. Setting it fires no event. */
  get value(): string {
    return this.current ?? this.defaultValue;
  }
  set value(v: string) {
    this.current = v == null ? '' : String(v);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.('input') ?? null;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Selects the text, as the native input's `select()`. */
  select(): void {
    this.input?.select();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type')) this.type = this.oneOf('type', this.type, textFieldTypes, 'text');
    if (changed.has('size')) this.size = this.oneOf('size', this.size, fieldSizes, 'm');
    if (changed.has('width')) this.widthChars = this.width ? this.oneOf('width', this.width, fieldWidths, '' as FieldWidth) || undefined : undefined;
    if (changed.has('validate')) {
      const name = (this.validate ?? '').trim();
      this.validatorName = name && isValidatorName(name) ? name : null;
      if (name && !this.validatorName) this.warn(`unknown validate="${name}"; ignored. Allowed: ${Object.keys(finnishValidators).join(', ')}.`);
    }
    super.willUpdate(changed);
  }

  // --- Form contract -------------------------------------------------------------------------

  protected formValue(): string {
    return this.normalized() ?? this.value;
  }
  protected override formState(): string {
    return this.value;
  }
  protected resetValue(): void {
    this.current = undefined;
  }
  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }
  protected validationAnchor(): HTMLElement | undefined {
    return this.input ?? undefined;
  }
  protected override builtInValidators(): FieldValidator[] {
    return builtIn;
  }

  /** The normalised value when the field has one and it is valid, else null. */
  private normalized(): string | null {
    const v = this.value;
    if (!v.trim()) return null;
    if (this.validatorName) {
      const r = finnishValidators[this.validatorName](v);
      return r.valid ? r.value : null;
    }
    if (this.type === 'number') {
      const n = parseNumber(v);
      return Number.isFinite(n) ? String(n) : null;
    }
    if (this.type === 'url') return normalizeUrl(v);
    return null;
  }

  /** Every built-in check, in the native order; the first failure wins. */
  protected checkConstraints(): ValidationFailure | null {
    const v = this.value;
    const label = this.fieldName;
    const loc = this.localize;
    if (!v.trim()) return this.required ? constraintFailure(loc, label, { flag: 'valueMissing' }) : null;
    const type = this.type;
    if (type === 'email' && !isEmail(v)) return constraintFailure(loc, label, { flag: 'typeMismatch', type: 'email' });
    if (type === 'url' && !normalizeUrl(v)) return constraintFailure(loc, label, { flag: 'typeMismatch', type: 'url' });
    const n = type === 'number' ? parseNumber(v) : NaN;
    if (type === 'number' && !Number.isFinite(n)) return constraintFailure(loc, label, { flag: 'badInput' });
    if (this.maxlength != null || this.minlength != null) {
      const count = charCount(v);
      if (this.maxlength != null && this.maxlength >= 0 && count > this.maxlength) return constraintFailure(loc, label, { flag: 'tooLong', max: this.maxlength });
      if (this.minlength != null && count < this.minlength) return constraintFailure(loc, label, { flag: 'tooShort', min: this.minlength });
    }
    if (type === 'number') {
      const min = numberAttr(this.min);
      const max = numberAttr(this.max);
      if (min !== undefined && n < min) return constraintFailure(loc, label, { flag: 'rangeUnderflow', min });
      if (max !== undefined && n > max) return constraintFailure(loc, label, { flag: 'rangeOverflow', max });
      const step = this.step?.trim().toLowerCase() === 'any' ? undefined : (numberAttr(this.step) ?? 1);
      if (step !== undefined && step > 0) {
        const miss = stepMismatch(n, step, min ?? 0);
        if (miss) return constraintFailure(loc, label, step === 1 && Number.isInteger(min ?? 0) ? { flag: 'stepMismatch' } : { flag: 'stepMismatch', ...miss });
      }
    }
    if (this.pattern) {
      const re = compilePattern(this.pattern, this.localName);
      if (re && !re.test(v)) return constraintFailure(loc, label, { flag: 'patternMismatch' });
    }
    if (this.validatorName) {
      const r = finnishValidators[this.validatorName](v);
      if (!r.valid) return validatorFailure(loc, this.validatorName, r.reason, label);
    }
    return null;
  }

  // --- User input ----------------------------------------------------------------------------

  private onInput(e: InputEvent): void {
    e.stopPropagation(); // re-dispatched from the host below, once
    this.value = (e.target as HTMLInputElement).value;
    this.commitUserInput();
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: e.data, inputType: e.inputType, isComposing: e.isComposing }));
  }

  private onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229) implicitSubmit(this.form);
  }

  /** A click on the prefix, suffix or padding puts the caret in the input. */
  private onBoxClick(e: MouseEvent): void {
    const input = this.input;
    if (input && e.target !== input && !this.isDisabled) input.focus();
  }

  private get effectiveInputMode(): string | undefined {
    if (this.inputmode) return this.inputmode;
    if (this.type !== 'number') return undefined;
    const step = this.step?.trim().toLowerCase();
    return step === 'any' || !Number.isInteger(numberAttr(step) ?? 1) ? 'decimal' : 'numeric';
  }

  protected override render(): TemplateResult {
    const invalid = !!this.visibleError;
    const nativeType = this.type === 'number' ? 'text' : this.type;
    return html`<div class="field" ?data-invalid=${invalid} data-size=${this.size}>
      ${this.renderLabel('control')}${this.renderHint('hint')}${this.renderError('error')}
      <div
        part="base"
        class="box"
        data-width=${ifDefined(this.widthChars)}
        ?data-invalid=${invalid}
        ?data-disabled=${this.isDisabled}
        ?data-readonly=${this.readonly}
        @click=${this.onBoxClick}
      >
        <span class="affix start" aria-hidden="true"><slot name="start"></slot></span>
        <input
          part="control"
          class="inner"
          id="control"
          type=${nativeType}
          .value=${live(this.value)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy('hint', 'error')}
          aria-label=${this.controlLabel}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          inputmode=${ifDefined(this.effectiveInputMode)}
          placeholder=${ifDefined(this.placeholder || undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeydown}
        />
        <span class="affix end" aria-hidden="true"><slot name="end"></slot></span>
      </div>
    </div>`;
  }
}

defineElement('arki-text-field', ArkiTextField);

/** One shared validator list for every text field (no per-instance closures or arrays). */
const builtIn: FieldValidator[] = [(el) => (el as unknown as { checkConstraints(): ValidationFailure | null }).checkConstraints()];

declare global {
  interface HTMLElementTagNameMap {
    'arki-text-field': ArkiTextField;
  }
}
