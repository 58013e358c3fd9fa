import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { ArkiRemoveEvent } from '../../events/remove.js';
import { tagStrings } from '../../i18n/tag.js';
import { focusRing, reset } from '../../styles/shared.js';
import { findTarget, focusElement } from '../../base/focus.js';
import '../icon/icon.js';
import styles from './tag.styles.js';

export { ArkiRemoveEvent };

export const tagVariants = ['neutral', 'info', 'success', 'warning', 'error'] as const;
export type TagVariant = (typeof tagVariants)[number];

const GROUP = 'ul, ol, [role="list"], [role="group"]';

/**
 * A short status or category label ("Käsittelyssä", "Verkossa"). Not interactive: the text
 * says what it means and the colour only supports it.
 *
 * **Removable** tags are for a list of chosen filters: a real button named "Poista suodatin:
 * Verkossa" fires a cancelable `arki-remove`; unless cancelled the tag hides itself and focus
 * moves to the next removable tag in the same list (or the previous one), else to the
 * `return-focus` element, else to the list itself, so the user never falls back to the top of
 * the page. Update your filter state in the event handler; the tag does not remove itself from
 * the DOM, so frameworks that render the list stay in charge of it.
 *
 * @summary Status or category label; removable in filter lists.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The tag's text.
 *
 * @csspart base - The tag.
 * @csspart remove - The remove button.
 *
 * @fires {ArkiRemoveEvent} arki-remove - The user pressed the remove button; cancelable.
 */
export class ArkiTag extends ArkiElement {
  static override styles = [reset, focusRing, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    removable: { type: Boolean, reflect: true },
    value: {},
    returnFocus: { attribute: 'return-focus' },
    text: { state: true },
  };

  declare variant: TagVariant;
  /** Adds a remove button (for filter lists). */
  declare removable: boolean;
  /** The filter's value, passed on in `arki-remove`. */
  declare value: string;
  /** Where focus goes when no other removable tag is left: an element id or a CSS selector. */
  declare returnFocus: string;

  private declare text: string;
  private observer?: MutationObserver;

  constructor() {
    super();
    this.variant = 'neutral';
    this.removable = false;
    this.value = '';
    this.returnFocus = '';
    this.text = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new MutationObserver(() => this.readText());
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.readText();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readText(): void {
    this.text = (this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = this.oneOf('variant', this.variant, tagVariants, 'neutral');
  }

  /** Focuses the remove button of a removable tag. */
  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('.remove')?.focus(options);
  }

  private onRemoveClick(): void {
    const event = new ArkiRemoveEvent(this.text, this.value);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const group = this.parentElement?.closest<HTMLElement>(GROUP) ?? this.parentElement;
    const tags = group ? [...group.querySelectorAll<ArkiTag>('arki-tag[removable]:not([hidden])')] : [];
    const i = tags.indexOf(this);
    const neighbour = tags[i + 1] ?? tags[i - 1];
    this.hidden = true;
    if (neighbour) neighbour.focus();
    else {
      const target = findTarget(this.returnFocus, this) ?? group;
      if (target) focusElement(target);
    }
  }

  protected override render(): TemplateResult {
    return html`<span part="base" class="tag"
      ><span class="label"><slot></slot></span
      >${this.removable
        ? html`<button part="remove" class="remove focus-ring" type="button" aria-label=${this.localize.strings(tagStrings).tagRemove(this.text)} @click=${this.onRemoveClick}>
            <arki-icon name="close" size="s"></arki-icon>
          </button>`
        : nothing}</span
    >`;
  }
}

defineElement('arki-tag', ArkiTag);

declare global {
  interface HTMLElementTagNameMap {
    'arki-tag': ArkiTag;
  }
}
