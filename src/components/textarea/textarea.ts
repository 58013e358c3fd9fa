import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ArkiFormElement, type FieldValidator, type ValidationFailure } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { textareaStrings } from '../../i18n/textarea.js';
import { fieldStyles } from '../../styles/field.js';
import { reset, visuallyHidden } from '../../styles/shared.js';
import { constraintFailure } from '../../validation/messages.js';
import { charCount, fieldSizes, type FieldSize } from '../text-field/text-constraints.js';
import styles from './textarea.styles.js';

/** How long typing must pause before the count is announced (GOV.UK waits about a second). */
export const COUNT_ANNOUNCE_DELAY = 1000;

const canSizeToContent = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');

/**
 * A multi-line text field with a GOV.UK-style character count.
 *
 * **Character count.** With `maxlength`, the field counts characters as a person does (an emoji
 * is one) and shows how many are left, from `threshold` percent of the limit on (always, without
 * `threshold`). The count changes on every key; screen readers hear it once typing pauses, not
 * on every key. The limit is not enforced: a longer text is kept, counted as too many, and is an
 * error ("Kuvaus: kirjoita enintään 500 merkkiä") until shortened.
 *
 * @summary Multi-line text with an optional character count and auto-growing height.
 * @status stable
 * @since 0.1.0
 *
 * @slot help - Contextual help beside the label (`arki-help`).
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The native textarea.
 * @csspart count - The visible character count.
 *
 * @cssstate invalid - The value fails a constraint.
 * @cssstate user-invalid - The error is shown.
 *
 * @fires input - On each user edit. Bubbles, composed.
 * @fires change - When the user commits an edit. Bubbles, composed.
 */
export class ArkiTextarea extends ArkiFormElement {
  static override styles = [reset, visuallyHidden, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    rows: { type: Number },
    autogrow: { type: Boolean },
    maxlength: { type: Number },
    minlength: { type: Number },
    threshold: { type: Number },
    autocomplete: {},
    placeholder: {},
    size: {},
    value: { attribute: false },
  };

  /** The initial value (the `value` attribute); a form reset returns to it. */
  declare defaultValue: string;
  /** Visible lines (the minimum height with `autogrow`). */
  declare rows: number;
  /** Grow with the text instead of scrolling. */
  declare autogrow: boolean;
  /** The character limit: counted and checked, not enforced. */
  declare maxlength?: number;
  declare minlength?: number;
  /** Show the count only from this percentage of `maxlength` on (e.g. 75). */
  declare threshold?: number;
  declare autocomplete: string;
  declare placeholder: string;
  /** `s`, `m` or `l`. */
  declare size: FieldSize;

  private current?: string;
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.defaultValue = '';
    this.rows = 5;
    this.autogrow = false;
    this.autocomplete = '';
    this.placeholder = '';
    this.size = 'm';
  }

  /** The text in the field. Setting it fires no event. */
  get value(): string {
    return this.current ?? this.defaultValue;
  }
  set value(v: string) {
    this.current = v == null ? '' : String(v);
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector?.('textarea') ?? null;
  }

  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) this.size = this.oneOf('size', this.size, fieldSizes, 'm');
    if (changed.has('rows') && !(Number.isInteger(this.rows) && this.rows > 0)) {
      this.warn(`rows="${this.rows}" is not a positive whole number; using 5.`);
      this.rows = 5;
    }
    if (changed.has('maxlength') && this.maxlength != null && !(this.maxlength >= 0)) {
      this.warn(`maxlength="${this.maxlength}" is not a number of characters; ignored.`);
      this.maxlength = undefined;
    }
    if (changed.has('threshold') && this.threshold != null && !(this.threshold >= 0 && this.threshold <= 100)) {
      this.warn(`threshold="${this.threshold}" is not a percentage (0–100); the count is always shown.`);
      this.threshold = undefined;
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The minimum height in rows for autogrow, through CSSOM (no inline style markup, so server
    // rendered HTML needs no 'unsafe-inline' styles).
    if (changed.has('rows')) this.textarea?.style.setProperty('--_arki-rows', String(this.rows));
    if (this.autogrow && !canSizeToContent) this.fitHeight();
  }

  // --- Form contract -------------------------------------------------------------------------

  protected formValue(): string {
    return this.value;
  }
  protected resetValue(): void {
    this.current = undefined;
  }
  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }
  protected validationAnchor(): HTMLElement | undefined {
    return this.textarea ?? undefined;
  }
  protected override builtInValidators(): FieldValidator[] {
    return builtIn;
  }

  protected checkConstraints(): ValidationFailure | null {
    const v = this.value;
    if (!v.trim()) return this.required ? constraintFailure(this.localize, this.fieldName, { flag: 'valueMissing' }) : null;
    const count = charCount(v);
    if (this.maxlength != null && count > this.maxlength) return constraintFailure(this.localize, this.fieldName, { flag: 'tooLong', max: this.maxlength });
    if (this.minlength != null && count < this.minlength) return constraintFailure(this.localize, this.fieldName, { flag: 'tooShort', min: this.minlength });
    return null;
  }

  // --- Character count -----------------------------------------------------------------------

  /** The count message, or '' while under the threshold (or without a limit). */
  private countMessage(): string {
    const max = this.maxlength;
    if (max == null) return '';
    const count = charCount(this.value);
    if (this.threshold != null && count < (max * this.threshold) / 100) return '';
    const s = this.localize.strings(textareaStrings);
    return count > max ? s.textareaOver(count - max) : s.textareaRemaining(max - count);
  }

  // --- User input ----------------------------------------------------------------------------

  private onInput(e: InputEvent): void {
    e.stopPropagation();
    this.value = (e.target as HTMLTextAreaElement).value;
    this.commitUserInput();
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: e.data, inputType: e.inputType, isComposing: e.isComposing }));
    if (this.maxlength != null) {
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => {
        const message = this.countMessage();
        if (message && this.isConnected) announce(message, 'polite', this.localize.code);
      }, COUNT_ANNOUNCE_DELAY);
    }
  }

  private onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Height to content in engines without `field-sizing: content` (CSSOM: allowed under a strict CSP). */
  private fitHeight(): void {
    const ta = this.textarea;
    if (!ta) return;
    ta.style.blockSize = 'auto';
    const border = ta.offsetHeight - ta.clientHeight;
    ta.style.blockSize = `${Math.max(ta.scrollHeight + border, ta.offsetHeight)}px`;
  }

  protected override render(): TemplateResult {
    const invalid = !!this.visibleError;
    const hasLimit = this.maxlength != null;
    const count = this.countMessage();
    const over = hasLimit && charCount(this.value) > this.maxlength!;
    const base = this.describedBy('hint', 'error');
    const describedBy = [base === nothing ? '' : base, hasLimit ? 'limit' : ''].filter(Boolean).join(' ');
    return html`<div class="field" ?data-invalid=${invalid} data-size=${this.size}>
      ${this.renderLabel('control')}${this.renderHint('hint')}${this.renderError('error')}
      <textarea
        part="control"
        class="control"
        id="control"
        rows=${this.rows}
        .value=${live(this.value)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        ?data-autogrow=${this.autogrow}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        aria-label=${this.controlLabel}
        autocomplete=${ifDefined(this.autocomplete || undefined)}
        placeholder=${ifDefined(this.placeholder || undefined)}
        @input=${this.onInput}
        @change=${this.onChange}
      ></textarea>
      ${hasLimit
        ? html`<div id="limit" class="visually-hidden">${this.localize.strings(textareaStrings).textareaLimit(this.maxlength!)}</div>
            <div part="count" class="count" aria-hidden="true" ?hidden=${!count} ?data-over=${over}>${count}</div>`
        : nothing}
    </div>`;
  }
}

defineElement('arki-textarea', ArkiTextarea);

const builtIn: FieldValidator[] = [(el) => (el as unknown as { checkConstraints(): ValidationFailure | null }).checkConstraints()];

declare global {
  interface HTMLElementTagNameMap {
    'arki-textarea': ArkiTextarea;
  }
}
