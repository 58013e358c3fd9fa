import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { reset } from '../../styles/shared.js';
import { DisabledHold, formControlsIn } from './hold-disabled.js';
import { headingLevels, legendStyles, renderLegend, type HeadingLevel } from './legend.js';
import styles from './fieldset.styles.js';

export const fieldsetSizes = ['s', 'm', 'l'] as const;
export type FieldsetSize = (typeof fieldsetSizes)[number];

/**
 * Groups related controls under a legend, as a native `<fieldset>`: "Osoite" around street,
 * postal code and town; or, with `legend-as-heading`, a one-question page whose legend is the
 * page's `<h1>` (GOV.UK). The controls stay in the light DOM, so native inputs and Arki
 * controls inside keep working in the surrounding form.
 *
 * For a single question with options use `arki-radio-group`, `arki-checkbox-group` or
 * `arki-date-input`, which are fieldsets themselves.
 *
 * **Disabled:** a fieldset in a shadow root cannot disable slotted controls, so `disabled` sets
 * `disabled` on every control inside (native or form-associated) and removes it again, from the
 * ones it set, when cleared. Values are kept. Controls added later while disabled are included
 * when they are direct children; deeper additions need `disabled` toggled again.
 *
 * @summary A labelled group of form controls (fieldset and legend), with legend-as-heading.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The grouped controls.
 * @slot help - Contextual help beside the legend (e.g. `arki-help`).
 *
 * @csspart base - The native `<fieldset>`.
 * @csspart label - The `<legend>` (also `legend`).
 * @csspart hint - The hint under the legend.
 *
 * @cssproperty --arki-fieldset-gap - Space under the fieldset (default `--arki-space-xl`).
 */
export class ArkiFieldset extends ArkiElement {
  static override styles = [reset, legendStyles, styles];

  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    size: { reflect: true },
    legendAsHeading: { type: Boolean, reflect: true, attribute: 'legend-as-heading' },
    headingLevel: { attribute: 'heading-level' },
    disabled: { type: Boolean, reflect: true },
  };

  /** The legend: names the group for assistive technology. Required. */
  declare label: string;
  /** Hint under the legend, read when the group is entered. */
  declare hint: string;
  /** Size of the legend text: `s`, `m` (default) or `l`. */
  declare size: FieldsetSize;
  /** The legend wraps a heading (GOV.UK: the page's `<h1>` on a one-question page). */
  declare legendAsHeading: boolean;
  /** Level of that heading, 1–6 (default 1). */
  declare headingLevel: HeadingLevel;
  /** Disables every control inside (see above). */
  declare disabled: boolean;

  private readonly hold = new DisabledHold(this);

  constructor() {
    super();
    this.label = '';
    this.hint = '';
    this.size = 'm';
    this.legendAsHeading = false;
    this.headingLevel = '1';
    this.disabled = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hold.release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) this.size = this.oneOf('size', this.size, fieldsetSizes, 'm');
    if (changed.has('headingLevel')) this.headingLevel = this.oneOf('heading-level', String(this.headingLevel), headingLevels, '1');
  }

  protected override firstUpdated(): void {
    if (!this.label) this.warn('has no label; a fieldset needs a legend that names the group.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('disabled')) this.syncDisabled();
  }

  private syncDisabled(): void {
    this.hold.set(this.disabled ? formControlsIn(this.children) : []);
  }

  private onSlotChange = (): void => {
    if (this.disabled) this.syncDisabled();
  };

  protected override render(): TemplateResult {
    return html`<fieldset part="base" class="fieldset" aria-describedby=${this.hint ? 'hint' : nothing}>
      ${renderLegend({ label: this.label, headingLevel: this.legendAsHeading ? this.headingLevel : null })}
      <div class="body">
        ${this.hint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing}
        <div class="content"><slot @slotchange=${this.onSlotChange}></slot></div>
      </div>
    </fieldset>`;
  }
}

defineElement('arki-fieldset', ArkiFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'arki-fieldset': ArkiFieldset;
  }
}
