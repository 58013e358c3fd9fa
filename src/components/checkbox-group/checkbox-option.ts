import type { PropertyDeclarations } from 'lit';
import { defineElement } from '../../base/define.js';
import { ArkiChoiceOption } from '../radio/choice-option.js';

/**
 * One option of an `arki-checkbox-group`: data for the group, which renders a real native
 * checkbox for it, plus an optional nested field revealed while the option is checked (GOV.UK
 * conditional reveal). Defined together with the group, of which it must be a direct child.
 *
 * ```html
 * <arki-checkbox-option value="sms" label="Tekstiviesti">
 *   <arki-text-field slot="conditional" name="phone" label="Matkapuhelinnumero" type="tel"></arki-text-field>
 * </arki-checkbox-option>
 * ```
 *
 * `checked` is the initial state (as the HTML attribute); read the live state from the
 * group's `value`.
 *
 * @summary An option of a checkbox group, optionally exclusive ("none of these").
 * @status stable
 * @since 0.1.0
 *
 * @slot conditional - A field shown under the option only while it is checked. While hidden,
 *   its controls are disabled: they keep what the user typed but are neither submitted nor
 *   validated.
 */
export class ArkiCheckboxOption extends ArkiChoiceOption {
  static override properties: PropertyDeclarations = {
    exclusive: { type: Boolean, reflect: true },
  };

  /**
   * "None of these" (GOV.UK): checking it clears the other options, and checking another
   * clears it. The group shows "tai" before it; put it last.
   */
  declare exclusive: boolean;

  constructor() {
    super();
    this.exclusive = false;
  }
}

defineElement('arki-checkbox-option', ArkiCheckboxOption);

declare global {
  interface HTMLElementTagNameMap {
    'arki-checkbox-option': ArkiCheckboxOption;
  }
}
