import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FieldValidator } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { checkboxGroupStrings } from '../../i18n/checkbox-group.js';
import { constraintFailure } from '../../validation/messages.js';
import { ArkiChoiceGroup, type ChoiceItem } from '../radio-group/choice-group.js';
import './checkbox-option.js';

export { ArkiCheckboxOption } from './checkbox-option.js';

/**
 * A question with any number of answers: a fieldset whose legend is the question, and a real
 * native checkbox per `arki-checkbox-option` child. Options with a `conditional` slot reveal a
 * nested field while checked; an `exclusive` option is "none of these" (GOV.UK).
 *
 * **Value:** `value` is the array of checked values, in option order; options' `checked`
 * attributes give the initial value, restored by a form reset. FormData gets one entry per
 * checked, enabled option under `name` (as native checkboxes sharing a name).
 *
 * **Limits:** `min` and `max` count checked options; an empty optional group is valid, and a
 * checked exclusive option satisfies `min`. Checking more than `max` is allowed and shown as an
 * error when the user leaves the group, so nothing they chose is undone behind their back.
 *
 * **Conditional reveal:** the checkbox gets `aria-controls` and `aria-expanded`. Hidden nested
 * fields are disabled: what the user typed stays, but is neither submitted nor validated.
 * Events of a nested field bubble through the group too: check `event.target` in listeners.
 *
 * **Readonly:** clicks and keys do not change the choice; each checkbox gets
 * `aria-readonly="true"`; values are submitted.
 *
 * @summary Checkboxes with legend, hint, error, min/max, "none of these" and conditional reveal.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `arki-checkbox-option` options.
 * @slot help - Contextual help beside the legend (e.g. `arki-help`).
 *
 * @csspart base - The native `<fieldset>`.
 * @csspart label - The `<legend>` (also `legend`).
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @csspart option - The row of one option (input, label, hint).
 * @csspart option-label - The label of one option.
 * @csspart option-hint - The hint of one option.
 * @csspart conditional - The container of a revealed field.
 *
 * @cssproperty --arki-choice-size - Size of the checkbox's target (default the comfortable target size).
 *
 * @cssstate invalid - The value fails validation.
 * @cssstate user-invalid - The error is shown (after leaving the group or submitting).
 *
 * @fires input - When the user checks or unchecks an option (from the native checkbox, composed).
 * @fires change - When the user checks or unchecks an option.
 */
export class ArkiCheckboxGroup extends ArkiChoiceGroup {
  protected readonly optionTag = 'arki-checkbox-option';
  protected readonly inputType = 'checkbox';

  static override properties: PropertyDeclarations = {
    min: { type: Number },
    max: { type: Number },
  };

  /** At least this many checked, when any is (or when `required`). */
  declare min?: number;
  /** At most this many checked. */
  declare max?: number;

  private limits = { min: 0, max: 0 };
  /** Set by the user or by code; `null` while the value still follows the options' `checked`. */
  private current: string[] | null = null;

  /** The checked values, in option order. */
  get value(): string[] {
    return this.current ? [...this.current] : this.items.filter((i) => i.checked).map((i) => i.value);
  }
  set value(v: string[]) {
    const old = this.value;
    if (!Array.isArray(v)) this.warn('value must be an array of option values; got ' + JSON.stringify(v) + '.');
    this.current = Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : [];
    this.requestUpdate('value', old);
  }

  /** Checked options that are submitted (not disabled). */
  get checkedItems(): ChoiceItem[] {
    const value = this.value;
    return this.items.filter((i) => !i.disabled && value.includes(i.value));
  }

  protected isChecked(item: ChoiceItem): boolean {
    return this.value.includes(item.value);
  }

  protected toggle(item: ChoiceItem, checked: boolean): void {
    const set = new Set(this.value);
    if (checked) {
      // "None of these" and the real options exclude each other; disabled ones stay as they are.
      for (const other of this.items) if (!other.disabled && other.exclusive !== item.exclusive) set.delete(other.value);
      if (item.exclusive) for (const other of this.items) if (!other.disabled && other !== item) set.delete(other.value);
      set.add(item.value);
    } else {
      set.delete(item.value);
    }
    this.value = this.items.filter((i) => set.has(i.value)).map((i) => i.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('min') || changed.has('max')) this.limits = this.checkLimits();
    super.willUpdate(changed);
  }

  private checkLimits(): { min: number; max: number } {
    const ok = (n: number | undefined): boolean => n == null || (Number.isInteger(n) && n >= 0);
    const shown = (name: 'min' | 'max'): string => this.getAttribute(name) ?? String(this[name]);
    if (!ok(this.min)) this.warn(`min="${shown('min')}" is not a whole number ≥ 0; ignored.`);
    if (!ok(this.max)) this.warn(`max="${shown('max')}" is not a whole number ≥ 0; ignored.`);
    const min = ok(this.min) ? (this.min ?? 0) : 0;
    let max = ok(this.max) ? (this.max ?? 0) : 0;
    if (max && min > max) {
      this.warn(`min="${min}" is larger than max="${max}"; max ignored.`);
      max = 0;
    }
    return { min, max };
  }

  protected override builtInValidators(): FieldValidator[] {
    return [
      () => {
        const checked = this.checkedItems;
        const { min, max } = this.limits;
        const s = this.localize.strings(checkboxGroupStrings);
        if (checked.length === 0) {
          if (!this.required) return null;
          return min > 1
            ? { flag: 'valueMissing', message: s.checkboxGroupTooFew(this.fieldName, min) }
            : constraintFailure(this.localize, this.fieldName, { flag: 'valueMissing', choice: true });
        }
        if (checked.some((i) => i.exclusive)) return null;
        if (min && checked.length < min) return { flag: 'rangeUnderflow', message: s.checkboxGroupTooFew(this.fieldName, min) };
        if (max && checked.length > max) return { flag: 'rangeOverflow', message: s.checkboxGroupTooMany(this.fieldName, max) };
        return null;
      },
    ];
  }

  /** One entry per checked option under `name` (a FormData value keeps the entries' own names). */
  protected formValue(): FormData | null {
    if (!this.name) return null;
    const data = new FormData();
    for (const item of this.checkedItems) data.append(this.name, item.value);
    return data;
  }

  protected resetValue(): void {
    this.current = null;
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = [state];
    else if (state instanceof FormData) this.value = state.getAll(this.name).filter((v): v is string => typeof v === 'string');
  }

  protected override renderBefore(item: ChoiceItem): TemplateResult | typeof nothing {
    return item.exclusive && this.items[0] !== item
      ? html`<div class="divider" part="divider">${this.localize.strings(checkboxGroupStrings).checkboxGroupOr}</div>`
      : nothing;
  }
}

defineElement('arki-checkbox-group', ArkiCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'arki-checkbox-group': ArkiCheckboxGroup;
  }
}
