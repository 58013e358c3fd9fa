import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ArkiFormElement } from '../../base/arki-form-element.js';
import { fieldStyles } from '../../styles/field.js';
import { reset, visuallyHidden } from '../../styles/shared.js';
import { DisabledHold, formControlsIn } from '../fieldset/hold-disabled.js';
import { headingLevels, legendStyles, renderLegend, type HeadingLevel } from '../fieldset/legend.js';
import { ArkiChoiceOption } from '../radio/choice-option.js';
import choiceStyles from './choice.styles.js';

/** An option as the group renders it (read from the option element). */
export interface ChoiceItem {
  el: ArkiChoiceOption;
  value: string;
  label: string;
  hint: string;
  disabled: boolean;
  /** Initially checked (the option's `checked` attribute). */
  checked: boolean;
  /** "None of these" (checkbox groups): checking it clears the others. */
  exclusive: boolean;
  /** Has a conditionally revealed field. */
  conditional: boolean;
}

let groups = 0;

const conditionalRoots = (el: Element): Element[] => [...el.children].filter((c) => c.getAttribute('slot') === 'conditional');

/**
 * What arki-radio-group and arki-checkbox-group share: a fieldset whose legend is the label,
 * native inputs for the option children rendered in this one shadow root (so the label `for`,
 * `aria-describedby` and `aria-controls` all resolve), and GOV.UK conditional reveal.
 *
 * The option elements are assigned by hand (`slotAssignment: 'manual'`) to a slot under their
 * own input, so a revealed field appears right after its option in reading and tab order while
 * staying in the light DOM, in the page's form. Hidden conditional fields are disabled (see
 * `hold-disabled.ts`): they keep their values and are neither submitted nor validated.
 * @since 0.1.0
 */
export abstract class ArkiChoiceGroup extends ArkiFormElement {
  // No delegatesFocus: a click on the legend or hint must not move focus into an option.
  // `focus()` is overridden instead.
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  static override styles = [reset, visuallyHidden, fieldStyles, legendStyles, choiceStyles];

  static override properties: PropertyDeclarations = {
    inline: { type: Boolean, reflect: true },
    legendAsHeading: { type: Boolean, reflect: true, attribute: 'legend-as-heading' },
    headingLevel: { attribute: 'heading-level' },
    items: { state: true },
  };

  /** Options side by side (for two or three short ones, such as Kyllä / Ei). */
  declare inline: boolean;
  /** The legend wraps a heading (GOV.UK: the page's `<h1>` on a one-question page). */
  declare legendAsHeading: boolean;
  /** Level of that heading, 1–6 (default 1). */
  declare headingLevel: HeadingLevel;

  /** The option children, as last read. */
  protected declare items: ChoiceItem[];

  protected abstract readonly optionTag: string;
  protected abstract readonly inputType: 'radio' | 'checkbox';

  constructor() {
    super();
    this.inline = false;
    this.legendAsHeading = false;
    this.headingLevel = '1';
    this.items = [];
  }

  /** Whether `item` is checked now. */
  protected abstract isChecked(item: ChoiceItem): boolean;
  /** Applies a user's check or uncheck of `item` to the value. */
  protected abstract toggle(item: ChoiceItem, checked: boolean): void;

  private observer?: MutationObserver;
  private readonly hold = new DisabledHold(this);
  /**
   * The native radios' name. Radio groups are scoped to their shadow root anyway, but checkers
   * that ignore shadow scoping (IBM Equal Access) would merge groups sharing a name.
   */
  private readonly inputName = `arki-choice-${++groups}`;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => this.optionChanged());
    this.observer.observe(this, { childList: true });
    this.optionChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.hold.release();
  }

  /** Called by the option children when they change; re-reads them. @internal */
  optionChanged(): void {
    const els = [...this.children].filter((c) => c.localName === this.optionTag);
    for (const el of els) customElements.upgrade(el);
    this.items = els
      .filter((el): el is ArkiChoiceOption => el instanceof ArkiChoiceOption)
      .map((el) => ({
        el,
        value: el.value,
        label: el.label,
        hint: el.hint,
        disabled: el.disabled,
        checked: el.checked,
        exclusive: el.hasAttribute('exclusive'),
        conditional: el.hasConditional,
      }));
    const values = this.items.map((i) => i.value);
    const dup = values.find((v, i) => values.indexOf(v) !== i);
    if (dup !== undefined) this.warn(`has several options with value="${dup}"; give each option its own value.`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = this.oneOf('heading-level', String(this.headingLevel), headingLevels, '1');
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.assignSlots();
    this.syncConditionals();
  }

  /** Manual slot assignment: help content beside the legend, each option under its input. */
  private assignSlots(): void {
    const root = this.renderRoot as ShadowRoot;
    root.querySelector<HTMLSlotElement>('slot[name="help"]')?.assign(...[...this.children].filter((c) => c.getAttribute('slot') === 'help'));
    for (const slot of root.querySelectorAll<HTMLSlotElement>('slot[data-index]')) {
      const item = this.items[Number(slot.dataset.index)];
      if (item) slot.assign(item.el);
    }
  }

  /** Hidden conditional fields (and all of them while the group is disabled) are disabled. */
  protected syncConditionals(): void {
    const hidden = this.items.filter((i) => i.conditional && (this.isDisabled || !this.isChecked(i)));
    this.hold.set(formControlsIn(hidden.flatMap((i) => conditionalRoots(i.el))));
  }

  /** The input of `item`. */
  protected inputOf(item: ChoiceItem): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#option-${this.items.indexOf(item)}`);
  }

  /** The input focus and validity point at: the first checked enabled one, else the first enabled. */
  protected override validationAnchor(): HTMLElement | undefined {
    const enabled = this.items.filter((i) => !i.disabled);
    const item = enabled.find((i) => this.isChecked(i)) ?? enabled[0];
    return (item && this.inputOf(item)) ?? undefined;
  }

  /** Focuses the checked option, or the first one: where Tab would enter the group. */
  override focus(options?: FocusOptions): void {
    this.validationAnchor()?.focus(options);
  }

  private onClick = (e: MouseEvent): void => {
    // Native radios and checkboxes have no readonly; a cancelled click leaves the input as it was.
    if (this.readonly) e.preventDefault();
  };

  private onInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const item = this.items[Number(input.dataset.index)];
    if (!item || this.readonly) return;
    this.toggle(item, input.checked);
    // Before the composed `input` event leaves the shadow root: listeners see the new FormData.
    this.commitUserInput();
    this.syncConditionals();
  };

  /**
   * Arrow keys are the browser's own; WebKit alone does not wrap from the last radio to the
   * first (APG and the other engines do). After the browser has acted, if focus did not move
   * from a radio at the edge, wrap as the others would: focus and check the radio at the
   * other end.
   */
  private onKeydown = (e: KeyboardEvent): void => {
    if (this.inputType !== 'radio' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const forward = e.key === 'ArrowDown' || e.key === 'ArrowRight';
    if (!forward && e.key !== 'ArrowUp' && e.key !== 'ArrowLeft') return;
    const from = e.target as HTMLInputElement;
    setTimeout(() => {
      if ((this.renderRoot as ShadowRoot).activeElement !== from) return;
      const enabled = [...this.renderRoot.querySelectorAll<HTMLInputElement>('.input:not(:disabled)')];
      if (enabled.length < 2 || from !== (forward ? enabled[enabled.length - 1] : enabled[0])) return;
      const to = forward ? enabled[0]! : enabled[enabled.length - 1]!;
      to.focus();
      to.click();
    });
  };

  private onChange = (): void => {
    // `change` is not composed; re-fire it from the host, as a native control would.
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  /** Content before an option (the "tai" divider before an exclusive one). */
  protected renderBefore(_item: ChoiceItem): TemplateResult | typeof nothing {
    return nothing;
  }

  private renderItem(item: ChoiceItem, i: number): TemplateResult {
    const checked = this.isChecked(item);
    const checkbox = this.inputType === 'checkbox';
    return html`${this.renderBefore(item)}
      <div part="option" class="option">
        <label part="option-label" class="option-label" for="option-${i}"
          ><input
            class="input"
            type=${this.inputType}
            id="option-${i}"
            name=${checkbox ? nothing : this.inputName}
            data-index=${i}
            .value=${item.value}
            .checked=${live(checked)}
            ?disabled=${this.isDisabled || item.disabled}
            aria-describedby=${item.hint ? `option-${i}-hint` : nothing}
            aria-controls=${item.conditional ? `option-${i}-conditional` : nothing}
            aria-expanded=${item.conditional && checkbox ? String(checked) : nothing}
            aria-readonly=${checkbox && this.readonly ? 'true' : nothing}
            @click=${this.onClick}
            @keydown=${this.onKeydown}
            @input=${this.onInput}
            @change=${this.onChange}
          /><span class="option-text">${item.label}</span></label
        >
        ${item.hint ? html`<div part="option-hint" class="option-hint" id="option-${i}-hint">${item.hint}</div>` : nothing}
      </div>
      ${item.conditional
        ? html`<div part="conditional" class="conditional" id="option-${i}-conditional" ?hidden=${!checked}><slot data-index=${i}></slot></div>`
        : nothing}`;
  }

  protected override render(): TemplateResult {
    // aria-expanded is not allowed on a radio (ARIA 1.2; axe flags it), so radios get
    // aria-controls only and the revealed field follows its radio in reading order.
    // Radios have no readonly in HTML or ARIA; the group does (role radiogroup allows it).
    const readonlyRadios = this.readonly && this.inputType === 'radio';
    return html`<div class="field" ?data-invalid=${!!this.visibleError}>
      <fieldset
        part="base"
        class="fieldset"
        role=${readonlyRadios ? 'radiogroup' : nothing}
        aria-readonly=${readonlyRadios ? 'true' : nothing}
        aria-label=${this.controlLabel}
        aria-describedby=${this.describedBy('hint', 'error')}
      >
        ${renderLegend({ label: this.label, marker: this.renderMarker(), headingLevel: this.legendAsHeading ? this.headingLevel : null })}
        <div class="body">
          ${this.renderHint('hint')} ${this.renderError('error')}
          <div class="options ${this.inputType}">${repeat(this.items, (item) => item.el, (item, i) => this.renderItem(item, i))}</div>
        </div>
      </fieldset>
    </div>`;
  }
}
