import type { PropertyValues, PropertyDeclarations } from 'lit';
import type { FieldValidator } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { constraintFailure } from '../../validation/messages.js';
import '../radio/radio.js';
import { ArkiChoiceGroup, type ChoiceItem } from './choice-group.js';

/**
 * A question with one answer from a few options: a fieldset whose legend is the question, and a
 * real native radio per `arki-radio` child, so the keyboard is the browser's own (Tab enters
 * on the checked or first radio, arrow keys move and select, wrapping at the ends; Space
 * selects). Options with a `conditional` slot reveal a nested field while checked.
 *
 * **Value:** `value` is the checked option's value ('' when none); the `value` attribute (or an
 * option's `checked`) is the initial value, restored by a form reset. FormData gets one entry
 * under `name` when an enabled option is checked, none otherwise.
 *
 * **Readonly:** HTML radios have no readonly, so the group emulates it: clicks and keys do not
 * change the choice, focus still moves, the group is exposed as a `radiogroup` with
 * `aria-readonly="true"`, and the value is submitted.
 *
 * **Conditional reveal:** the radio gets `aria-controls` pointing at the revealed content,
 * which follows it in reading and tab order. GOV.UK also puts `aria-expanded` on the radio,
 * but ARIA does not allow it there (axe reports it), so Arki does not. Hidden nested fields
 * are disabled: what the user typed stays, but is neither submitted nor validated. Events of a
 * nested field bubble through the group too: check `event.target` in `input`/`change` listeners.
 *
 * @summary Radio buttons with legend, hint, error, inline layout and conditional reveal.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `arki-radio` options.
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
 * @cssproperty --arki-choice-size - Size of the radio's target (default the comfortable target size).
 *
 * @cssstate invalid - The value fails validation.
 * @cssstate user-invalid - The error is shown (after leaving the group or submitting).
 *
 * @fires input - When the user checks an option (from the native radio, composed).
 * @fires change - When the user checks an option.
 */
export class ArkiRadioGroup extends ArkiChoiceGroup {
  protected readonly optionTag = 'arki-radio';
  protected readonly inputType = 'radio';

  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
  };

  /** The initial value (the `value` attribute), as a native control's `defaultValue`. */
  declare defaultValue: string;

  /** Set by the user or by code; `null` while the value still follows the initial one. */
  private current: string | null = null;

  constructor() {
    super();
    this.defaultValue = '';
  }

  /** The checked option's value, '' when none. */
  get value(): string {
    return this.current ?? (this.defaultValue || this.items.find((i) => i.checked)?.value || '');
  }
  set value(v: string) {
    const old = this.value;
    this.current = v == null ? '' : String(v);
    this.requestUpdate('value', old);
  }

  /** The checked option, if the value matches one. */
  get checkedItem(): ChoiceItem | undefined {
    const value = this.value;
    return value === '' ? undefined : this.items.find((i) => i.value === value);
  }

  protected isChecked(item: ChoiceItem): boolean {
    return item === this.checkedItem;
  }

  protected toggle(item: ChoiceItem, checked: boolean): void {
    if (checked) this.value = item.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('value' as keyof ArkiRadioGroup) || changed.has('items' as keyof ArkiRadioGroup)) && this.items.length && this.value && !this.checkedItem) {
      this.warn(`value="${this.value}" matches no option; nothing is checked.`);
    }
    super.willUpdate(changed);
  }

  protected override builtInValidators(): FieldValidator[] {
    return [() => (this.required && !this.formValue() ? constraintFailure(this.localize, this.fieldName, { flag: 'valueMissing', choice: true }) : null)];
  }

  protected formValue(): string | null {
    const item = this.checkedItem;
    return item && !item.disabled ? item.value : null;
  }

  protected resetValue(): void {
    this.current = null;
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }
}

defineElement('arki-radio-group', ArkiRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'arki-radio-group': ArkiRadioGroup;
  }
}
