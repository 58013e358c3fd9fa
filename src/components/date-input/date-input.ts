import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { ArkiFormElement, type FieldValidator, type ValidationFailure } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { dateInputStrings } from '../../i18n/date-input.js';
import { fieldStyles } from '../../styles/field.js';
import { reset, visuallyHidden } from '../../styles/shared.js';
import { constraintFailure } from '../../validation/messages.js';
import { headingLevels, legendStyles, renderLegend, type HeadingLevel } from '../fieldset/legend.js';
import {
  checkDate, dateParts, emptyParts, formatIsoDate, monthNames, partsFromIso, realIso, splitWholeDate,
  type DateCheck, type DatePart, type DateParts,
} from './date-parts.js';
import styles from './date-input.styles.js';

export { checkDate, type DateCheck, type DatePart, type DateParts };

export const dateAutocompletes = ['', 'bday', 'off'] as const;

/**
 * A date the user knows (a date of birth, a start date) as three fields, day, month and year
 * (GOV.UK "memorable date"): each a native numeric text input with its own label, inside one
 * fieldset named by the legend. Months may also be typed as names ("maaliskuu", "mars", "Mar"),
 * and a whole date typed or pasted into one field ("24.12.2024") is split into the three.
 *
 * **Value:** `value` is ISO `YYYY-MM-DD` when the parts make a real date, else '' (as a native
 * date input): FormData always has one entry under `name`, '' when empty, incomplete or
 * invalid. What the user typed stays in the fields whatever it is, and is what a back/forward
 * restore brings back. The `value`, `min` and `max` attributes take ISO dates; a malformed one
 * logs a dev warning (`value` then leaves the fields empty; `min`/`max` are ignored).
 *
 * **Errors** follow GOV.UK: "must include a month" for missing parts, "must be a real date"
 * (31.2., 29.2.2023, month 13), "year must include 4 numbers", and limits named in words in the
 * locale ("1. tammikuuta 2024"). Only the parts at fault get `aria-invalid`. `focus()` (used by
 * the error summary) moves to the first part at fault, or to the day.
 *
 * @summary Day, month and year fields with real-date validation, min/max and ISO value.
 * @status stable
 * @since 0.1.0
 *
 * @slot help - Contextual help beside the legend (e.g. `arki-help`).
 *
 * @csspart base - The native `<fieldset>`.
 * @csspart label - The `<legend>` (also `legend`).
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @csspart control - Each of the three inputs (also `day`, `month`, `year`).
 * @csspart part-label - The label of each input.
 *
 * @cssstate invalid - The value fails validation.
 * @cssstate user-invalid - The error is shown (after leaving the date or submitting).
 *
 * @fires input - On each edit of a part (from the native input, composed).
 * @fires change - When a part is committed (native `change` of the part, re-fired from the host).
 */
export class ArkiDateInput extends ArkiFormElement {
  static override styles = [reset, visuallyHidden, fieldStyles, legendStyles, styles];

  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    min: {},
    max: {},
    autocomplete: {},
    legendAsHeading: { type: Boolean, reflect: true, attribute: 'legend-as-heading' },
    headingLevel: { attribute: 'heading-level' },
    parts: { state: true },
  };

  /** The initial date, ISO `YYYY-MM-DD` (the `value` attribute), restored by a form reset. */
  declare defaultValue: string;
  /** Earliest allowed date, ISO. */
  declare min: string;
  /** Latest allowed date, ISO. */
  declare max: string;
  /** `bday` for a date of birth (the parts get `bday-day`, `bday-month`, `bday-year`), or `off`. */
  declare autocomplete: (typeof dateAutocompletes)[number];
  /** The legend wraps a heading (GOV.UK: the page's `<h1>` on a one-question page). */
  declare legendAsHeading: boolean;
  /** Level of that heading, 1–6 (default 1). */
  declare headingLevel: HeadingLevel;

  /** What the user typed in each part, untouched. */
  private declare parts: DateParts;
  /** The parts were set by the user or by code: they no longer follow the `value` attribute. */
  private partsSet = false;
  private limits = { min: '', max: '' };

  constructor() {
    super();
    this.defaultValue = '';
    this.min = '';
    this.max = '';
    this.autocomplete = '';
    this.legendAsHeading = false;
    this.headingLevel = '1';
    this.parts = emptyParts();
  }

  /** ISO `YYYY-MM-DD` when the parts make a real date, else ''. */
  get value(): string {
    return this.check().iso;
  }
  set value(v: string) {
    const old = this.value;
    this.partsSet = true;
    this.parts = this.partsFromIso(String(v ?? ''), 'value');
    this.requestUpdate('value', old);
  }

  /** A copy of what is typed in the three fields. */
  get typedParts(): DateParts {
    return { ...this.parts };
  }

  private partsFromIso(value: string, attribute: string): DateParts {
    if (!value) return emptyParts();
    const parts = partsFromIso(value);
    if (!parts) {
      this.warn(`${attribute}="${value}" is not an ISO date (YYYY-MM-DD); the fields are left empty.`);
      return emptyParts();
    }
    if (!checkDate(parts).iso) this.warn(`${attribute}="${value}" is not a real date; it is shown as given, with an error.`);
    return parts;
  }

  private checkLimit(attribute: string, value: string): string {
    const iso = value ? realIso(value) : '';
    if (value && !iso) this.warn(`${attribute}="${value}" is not a real ISO date (YYYY-MM-DD); ignored.`);
    return iso;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.partsSet) this.parts = this.partsFromIso(this.defaultValue, 'value');
    if (changed.has('min') || changed.has('max')) {
      this.limits = { min: this.checkLimit('min', this.min), max: this.checkLimit('max', this.max) };
      if (this.limits.min && this.limits.max && this.limits.min > this.limits.max) {
        this.warn(`min="${this.min}" is after max="${this.max}"; both ignored.`);
        this.limits = { min: '', max: '' };
      }
    }
    if (changed.has('autocomplete')) this.autocomplete = this.oneOf('autocomplete', this.autocomplete, dateAutocompletes, '');
    if (changed.has('headingLevel')) this.headingLevel = this.oneOf('heading-level', String(this.headingLevel), headingLevels, '1');
    super.willUpdate(changed);
  }

  private check(): DateCheck {
    return checkDate(this.parts, monthNames(['fi', 'sv', 'en', this.localize.code]));
  }

  /** The built-in problem with the parts at fault, or null. */
  private problem(): { failure: ValidationFailure; parts: DatePart[] } | null {
    const { iso, problem } = this.check();
    const s = this.localize.strings(dateInputStrings);
    const label = this.fieldName;
    if (problem) {
      const parts = problem.parts;
      switch (problem.kind) {
        case 'empty':
          return this.required ? { failure: constraintFailure(this.localize, label, { flag: 'valueMissing' }), parts } : null;
        case 'missing':
          return { failure: { flag: 'badInput', message: s.dateInputMissingParts(label, parts) }, parts };
        case 'year-digits':
          return { failure: { flag: 'badInput', message: s.dateInputYearDigits(label) }, parts };
        case 'not-real':
          return { failure: { flag: 'badInput', message: s.dateInputNotReal(label) }, parts };
      }
    }
    const { min, max } = this.limits;
    if (min && iso < min) return { failure: { flag: 'rangeUnderflow', message: s.dateInputBeforeMin(label, formatIsoDate(min, s.dateInputDateLocale)) }, parts: [...dateParts] };
    if (max && iso > max) return { failure: { flag: 'rangeOverflow', message: s.dateInputAfterMax(label, formatIsoDate(max, s.dateInputDateLocale)) }, parts: [...dateParts] };
    return null;
  }

  protected override builtInValidators(): FieldValidator[] {
    return [() => this.problem()?.failure ?? null];
  }

  /** Parts marked invalid while an error shows: those at fault, or all for an outside error. */
  private invalidParts(): readonly DatePart[] {
    if (!this.visibleError) return [];
    return (!this.error && this.problem()?.parts) || dateParts;
  }

  protected formValue(): string {
    return this.check().iso;
  }

  /** The typed parts, so a restore brings back an unfinished or wrong date as the user left it. */
  protected override formState(): FormData {
    const state = new FormData();
    for (const p of dateParts) state.append(p, this.parts[p]);
    return state;
  }

  protected resetValue(): void {
    this.partsSet = false;
    this.parts = this.partsFromIso(this.defaultValue, 'value');
  }

  protected restoreValue(state: string | File | FormData): void {
    if (state instanceof FormData && state.has('day')) {
      this.parts = { day: String(state.get('day') ?? ''), month: String(state.get('month') ?? ''), year: String(state.get('year') ?? '') };
    } else if (typeof state === 'string') {
      this.parts = partsFromIso(state) ?? emptyParts();
    }
    this.partsSet = true;
  }

  private input(part: DatePart): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>(`#${part}`) ?? null;
  }

  /** The first part at fault, else the day. */
  protected validationAnchor(): HTMLElement | undefined {
    return this.input(this.problem()?.parts[0] ?? 'day') ?? undefined;
  }

  /** Focuses the first part at fault (so an error summary link lands there), else the day. */
  override focus(options?: FocusOptions): void {
    this.validationAnchor()?.focus(options);
  }

  private onInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const part = input.dataset.part as DatePart;
    this.parts = splitWholeDate(input.value) ?? { ...this.parts, [part]: input.value };
    this.partsSet = true;
    this.commitUserInput();
  };

  private onChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  private renderPart(part: DatePart, label: string, invalid: boolean): TemplateResult {
    return html`<div class="part">
      <label part="part-label" class="part-label" for=${part}>${label}</label>
      <input
        id=${part}
        part="control ${part}"
        class="control"
        type="text"
        inputmode="numeric"
        spellcheck="false"
        data-part=${part}
        data-width=${part === 'year' ? '4' : '2'}
        autocomplete=${this.autocomplete === 'bday' ? `bday-${part}` : this.autocomplete || nothing}
        .value=${live(this.parts[part])}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : nothing}
        @input=${this.onInput}
        @change=${this.onChange}
      />
    </div>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(dateInputStrings);
    const invalid = this.invalidParts();
    const labels: Record<DatePart, string> = { day: s.dateInputDay, month: s.dateInputMonth, year: s.dateInputYear };
    return html`<div class="field" ?data-invalid=${!!this.visibleError}>
      <fieldset part="base" class="fieldset" aria-label=${this.controlLabel} aria-describedby=${this.describedBy('hint', 'error')}>
        ${renderLegend({ label: this.label, marker: this.renderMarker(), headingLevel: this.legendAsHeading ? this.headingLevel : null })}
        <div class="body">
          ${this.renderHint('hint')} ${this.renderError('error')}
          <div class="parts">${dateParts.map((p) => this.renderPart(p, labels[p], invalid.includes(p)))}</div>
        </div>
      </fieldset>
    </div>`;
  }
}

defineElement('arki-date-input', ArkiDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'arki-date-input': ArkiDateInput;
  }
}
