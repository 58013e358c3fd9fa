import { css, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';

/** What a group needs to hear from its options. */
interface OptionGroup extends Element {
  optionChanged(): void;
}

const isGroup = (el: Element | null): el is OptionGroup => !!el && typeof (el as Partial<OptionGroup>).optionChanged === 'function';

/**
 * One option of a radio or checkbox group: data for the group (`value`, `label`, `hint`,
 * `disabled`, `checked`) plus an optional conditionally revealed field in the `conditional`
 * slot. The group renders the native input, label and hint in its own shadow root (IDREFs and
 * the fieldset must share one root); the option element itself only shows its `conditional`
 * content, which the group places under the option and reveals when it is checked.
 * @since 0.1.0
 */
export class ArkiChoiceOption extends ArkiElement {
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none !important; }
  `;

  static override properties: PropertyDeclarations = {
    value: { reflect: true },
    label: {},
    hint: {},
    disabled: { type: Boolean, reflect: true },
    checked: { type: Boolean, reflect: true },
  };

  /** Submitted under the group's name when this option is checked. */
  declare value: string;
  /** Visible text of the option. */
  declare label: string;
  /** Hint under the option's label, linked to its input. */
  declare hint: string;
  /** This option cannot be chosen (the rest of the group can). */
  declare disabled: boolean;
  /**
   * Initially checked, as the HTML `checked` attribute: the group's value starts from it and
   * a form reset returns to it. The live state is the group's `value`.
   */
  declare checked: boolean;

  constructor() {
    super();
    this.value = '';
    this.label = '';
    this.hint = '';
    this.disabled = false;
    this.checked = false;
  }

  /** The group this option belongs to (its parent element). */
  protected get group(): OptionGroup | null {
    return isGroup(this.parentElement) ? this.parentElement : null;
  }

  /** Whether the option has content in its `conditional` slot. */
  get hasConditional(): boolean {
    return [...this.children].some((c) => c.getAttribute('slot') === 'conditional');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.group?.optionChanged();
  }

  protected override firstUpdated(): void {
    if (!this.group) this.warn(`must be a direct child of its group element; it does nothing on its own.`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The group renders from these; tell it, including for programmatic changes.
    if (changed.size) this.group?.optionChanged();
  }

  private onSlotChange = (): void => this.group?.optionChanged();

  protected override render(): TemplateResult {
    return html`<slot name="conditional" @slotchange=${this.onSlotChange}></slot>`;
  }
}
