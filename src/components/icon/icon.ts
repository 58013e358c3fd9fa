import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { icons, iconNames, type IconName } from './icons.js';
import styles from './icon.styles.js';

export { iconNames, type IconName };

/**
 * An icon from Arki's built-in set. Decorative by default (hidden from assistive technology,
 * because the text beside it says the same); give it a `label` when it carries meaning on its
 * own. Never use an icon alone for a channel or status: pair it with text.
 *
 * @summary Built-in SVG icons for channels, statuses and common actions. No icon font.
 * @status stable
 * @since 0.1.0
 *
 * @cssproperty --arki-icon-size - Width and height (default 1.25em, following the text size).
 * @cssproperty --arki-icon-color - Stroke colour (default `currentColor`).
 */
export class ArkiIcon extends ArkiElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    size: { reflect: true },
  };

  /** Which icon. An unknown name renders nothing and logs a dev warning. */
  declare name: string;
  /** Accessible name; when set the icon is announced as an image with this name. */
  declare label: string;
  /** `s` (1em), `m` (1.25em) or `l` (1.75em); or set `--arki-icon-size`. */
  declare size: 's' | 'm' | 'l';

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.size = 'm';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) this.size = this.oneOf('size', this.size, ['s', 'm', 'l'] as const, 'm');
    if (changed.has('name') && this.name && !(this.name in icons)) {
      this.warn(`unknown name="${this.name}"; nothing is shown. Known icons: ${iconNames.join(', ')}.`);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const shape = icons[this.name as IconName];
    if (!shape) return nothing;
    const labelled = !!this.label;
    return html`<svg
      part="svg"
      viewBox="0 0 24 24"
      focusable="false"
      role=${ifDefined(labelled ? 'img' : undefined)}
      aria-label=${ifDefined(labelled ? this.label : undefined)}
      aria-hidden=${ifDefined(labelled ? undefined : 'true')}
    >${svg`${shape}`}</svg>`;
  }
}

defineElement('arki-icon', ArkiIcon);

declare global {
  interface HTMLElementTagNameMap {
    'arki-icon': ArkiIcon;
  }
}
