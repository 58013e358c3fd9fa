import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiFormElement, type FieldValidator, type ValidationFailure } from '../../base/arki-form-element.js';
import { defineElement } from '../../base/define.js';
import { selectStrings } from '../../i18n/select.js';
import { fieldStyles } from '../../styles/field.js';
import { reset, visuallyHidden } from '../../styles/shared.js';
import { constraintFailure } from '../../validation/messages.js';
import { fieldSizes, type FieldSize } from '../text-field/text-constraints.js';
import { flatten, isGroup, readLightOptions, sanitizeItems, type SelectItem, type SelectOption } from './select-options.js';
import styles from './select.styles.js';

export type { SelectItem, SelectOption, SelectOptionGroup } from './select-options.js';

/** Keys that change a native select's value; blocked while `readonly`. */
const CHANGING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', ' ', 'Enter']);

/**
 * A native `<select>` with label, hint and error. Options come as light-DOM `<option>` and
 * `<optgroup>` children (watched: adding, removing or renaming one updates the list) and/or the
 * `options` property; both are rendered as text.
 *
 * **Placeholder.** `placeholder` adds an empty first option ("Valitse…", or the attribute's
 * text); choosing it counts as no value, so `required` fails on it (as GOV.UK: prefer radios for
 * fewer than about 7 options).
 *
 * **Value.** A `value` that matches no option yet (options loaded later) is kept and selected as
 * soon as the option exists; until then the select shows its default (the `selected` option,
 * the placeholder, or the first option, as a native select).
 *
 * @summary A drop-down choice from a list, with a placeholder and option groups.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<option>` and `<optgroup>` elements (read, not displayed in place).
 * @slot help - Contextual help beside the label (`arki-help`).
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The native select.
 *
 * @cssstate invalid - The value fails a constraint.
 * @cssstate user-invalid - The error is shown.
 *
 * @fires input - When the user chooses an option. Bubbles, composed.
 * @fires change - When the user chooses an option. Bubbles, composed.
 */
export class ArkiSelect extends ArkiFormElement {
  static override styles = [reset, visuallyHidden, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
    placeholder: {},
    defaultValue: { attribute: 'value' },
    size: {},
    lightItems: { state: true },
    value: { attribute: false },
  };

  /** Options (and groups) as data, rendered before any light-DOM options. */
  declare options: SelectItem[];
  /** An empty first option: the attribute's text, or "Valitse…" when empty. */
  declare placeholder?: string;
  /** The initial value (the `value` attribute); a form reset returns to it. */
  declare defaultValue?: string;
  /** `s`, `m` or `l`. */
  declare size: FieldSize;

  private declare lightItems: SelectItem[];
  private items: SelectItem[] = [];
  private flat: SelectOption[] = [];
  private current?: string;
  private observer?: MutationObserver;

  constructor() {
    super();
    this.options = [];
    this.size = 'm';
    this.lightItems = [];
  }

  /** The chosen option's value ('' for the placeholder). Setting it fires no event. */
  get value(): string {
    const has = (v: string | undefined): v is string => v !== undefined && ((this.placeholder != null && v === '') || this.flat.some((o) => o.value === v));
    if (has(this.current)) return this.current;
    if (has(this.defaultValue)) return this.defaultValue;
    const preset = this.flat.find((o) => o.selected);
    if (preset) return preset.value;
    if (this.placeholder != null) return '';
    return this.flat.find((o) => !o.disabled)?.value ?? '';
  }
  set value(v: string) {
    this.current = v == null ? '' : String(v);
  }

  /** The chosen option, or undefined for the placeholder. */
  get selectedOption(): SelectOption | undefined {
    const v = this.value;
    return this.flat.find((o) => o.value === v);
  }

  private get select(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector?.('select') ?? null;
  }

  override focus(options?: FocusOptions): void {
    this.select?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readOptions();
    // Option changes only: the host's own attributes (value, disabled, ...) are not options.
    this.observer ??= new MutationObserver((records) => {
      if (records.some((r) => r.target !== this)) this.readOptions();
    });
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readOptions(): void {
    this.lightItems = readLightOptions(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) this.size = this.oneOf('size', this.size, fieldSizes, 'm');
    if (changed.has('options') || (changed as PropertyValues).has('lightItems')) {
      const { items, bad } = sanitizeItems(this.options);
      if (bad) this.warn(`ignored ${bad} malformed option(s); expected { value, label } or { label, options: [...] }.`);
      this.items = [...items, ...this.lightItems];
      this.flat = flatten(this.items);
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Set after the options are rendered (a property binding on <select> would run before them).
    const select = this.select;
    if (select && select.value !== this.value) select.value = this.value;
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
    return this.select ?? undefined;
  }
  protected override builtInValidators(): FieldValidator[] {
    return builtIn;
  }
  protected checkConstraints(): ValidationFailure | null {
    return this.required && this.value === '' ? constraintFailure(this.localize, this.fieldName, { flag: 'valueMissing', choice: true }) : null;
  }

  // --- User input ----------------------------------------------------------------------------

  private onInput(e: Event): void {
    e.stopPropagation();
    const select = e.target as HTMLSelectElement;
    if (this.readonly) {
      select.value = this.value;
      return;
    }
    this.value = select.value;
    this.commitUserInput();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private onChange(e: Event): void {
    if (this.readonly) {
      (e.target as HTMLSelectElement).value = this.value;
      return;
    }
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Read-only: focusable and read, but the list neither opens nor changes. */
  private onKeydown(e: KeyboardEvent): void {
    if (this.readonly && CHANGING_KEYS.has(e.key)) e.preventDefault();
  }
  private onPointerdown(e: Event): void {
    if (this.readonly) e.preventDefault();
  }

  private renderOption(o: SelectOption): TemplateResult {
    return html`<option .value=${o.value} ?disabled=${o.disabled}>${o.label}</option>`;
  }

  protected override render(): TemplateResult {
    const invalid = !!this.visibleError;
    const placeholder = this.placeholder != null ? this.placeholder || this.localize.strings(selectStrings).selectPlaceholder : null;
    return html`<div class="field" ?data-invalid=${invalid} data-size=${this.size}>
      ${this.renderLabel('control')}${this.renderHint('hint')}${this.renderError('error')}
      <div class="wrap">
        <select
          part="control"
          class="control"
          id="control"
          ?disabled=${this.isDisabled}
          aria-readonly=${this.readonly ? 'true' : nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${this.describedBy('hint', 'error')}
          aria-label=${this.controlLabel}
          ?data-readonly=${this.readonly}
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeydown}
          @mousedown=${this.onPointerdown}
        >
          ${placeholder != null ? html`<option value="">${placeholder}</option>` : nothing}
          ${this.items.map((item) =>
            isGroup(item)
              ? html`<optgroup label=${item.label} ?disabled=${item.disabled}>${item.options.map((o) => this.renderOption(o))}</optgroup>`
              : this.renderOption(item),
          )}
        </select>
        <span class="arrow" aria-hidden="true"></span>
      </div>
    </div>`;
  }
}

defineElement('arki-select', ArkiSelect);

const builtIn: FieldValidator[] = [(el) => (el as unknown as { checkConstraints(): ValidationFailure | null }).checkConstraints()];

declare global {
  interface HTMLElementTagNameMap {
    'arki-select': ArkiSelect;
  }
}
