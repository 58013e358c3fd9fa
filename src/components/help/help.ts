import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { helpStrings } from '../../i18n/help.js';
import { focusRing, reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import { closeButton } from '../../styles/close-button.js';
import '../icon/icon.js';
import { EDGE, place, supportsAnchorPositioning, supportsPopover } from './placement.js';
import styles from './help.styles.js';

/** The one open help text of the page: opening another closes it, as with `popover="auto"`. */
const page: { open?: ArkiHelp } = {};

/** Visible text of nodes, with whitespace collapsed (what is announced on opening). */
function textOf(nodes: Node[]): string {
  return nodes.map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Contextual help ("toggletip"): a small "?" button beside a label, or a piece of inline text,
 * that opens a short help text in a non-modal popover. Put it in a form control's `help` slot
 * (`<arki-text-field label="Henkilötunnus"><arki-help slot="help">…</arki-help></arki-text-field>`)
 * or anywhere in running text with `text`.
 *
 * **Behaviour.** The help opens on click, Enter or Space, never on hover alone, and its text is
 * announced politely. It is a popover in the top layer (Popover API), positioned with CSS anchor
 * positioning where the engine has it and by measuring elsewhere; either way it is kept inside
 * the viewport (flipped above the button when there is no room below). Tab moves from the button
 * into the help text (its links), then on to the page. Esc closes it and leaves focus on the
 * button; a click outside, or focus moving elsewhere, closes it too. Only one help text is open
 * at a time.
 *
 * **Name.** The button is named "Ohje: <label>" ("Hjälp: …", "Help: …"). In a form control's
 * `help` slot without a `label`, the control's label is used. With `text`, the visible text is the
 * name (WCAG 2.5.3).
 *
 * @summary Contextual help behind a "?" button: a non-modal popover that is announced.
 * @status beta
 * @since 0.1.0
 *
 * @slot - The help text: short, may contain links and lists.
 *
 * @csspart trigger - The "?" (or text) button.
 * @csspart popover - The box holding the help text.
 * @csspart close - The close button in the box.
 *
 * @cssproperty --arki-help-width - Largest width of the box (default 22rem; never wider than the viewport).
 *
 * @fires toggle - The user opened or closed the help (a `ToggleEvent` where supported).
 */
export class ArkiHelp extends ArkiElement {
  static override styles = [reset, typography, focusRing, closeButton, styles];

  static override properties: PropertyDeclarations = {
    label: {},
    text: {},
    open: { type: Boolean, reflect: true },
    anchored: { state: true },
  };

  /** What the help is about; names the button "Ohje: <label>". Defaults to the enclosing control's label. */
  declare label: string;
  /** Visible trigger text for inline help ("Mikä on vahva tunnistautuminen?"); without it the trigger is a "?" icon. */
  declare text: string;
  /** Whether the help text is shown. Setting it shows or hides it without an announcement or event. */
  declare open: boolean;

  private declare anchored: boolean;
  private get trigger(): HTMLButtonElement {
    return this.renderRoot?.querySelector('.trigger') as HTMLButtonElement;
  }
  private get box(): HTMLElement {
    return this.renderRoot?.querySelector('.popover') as HTMLElement;
  }

  private frame = 0;

  constructor() {
    super();
    this.label = '';
    this.text = '';
    this.open = false;
    this.anchored = false;
  }

  /** The topic used in the button's name: `label`, else the enclosing form control's label. */
  get topic(): string {
    if (this.label) return this.label;
    const owner = this.parentElement as (HTMLElement & { label?: unknown }) | null;
    return owner && this.slot === 'help' && typeof owner.label === 'string' ? owner.label : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.anchored = supportsAnchorPositioning();
    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    this.removeEventListener('focusout', this.onFocusOut);
    this.stopTracking();
    if (page.open === this) page.open = undefined;
  }

  protected override firstUpdated(): void {
    if (!this.text && !this.topic) this.warn('has no `label`; the button is named only "Ohje". Name the topic, e.g. label="Henkilötunnus".');
    if (!textOf([...this.childNodes])) this.warn('has no help text; put the text inside the element.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) this.showBox();
      else if (changed.get('open') !== undefined) this.hideBox();
    }
  }

  /** Opens the help text (as the user would, but without announcing it). */
  show(): void {
    this.open = true;
  }

  /** Closes the help text. */
  hide(): void {
    this.open = false;
  }

  private showBox(): void {
    if (page.open && page.open !== this) page.open.open = false;
    page.open = this;
    if (supportsPopover() && !this.box.matches(':popover-open')) this.box.showPopover();
    this.position();
    document.addEventListener('pointerdown', this.onOutside, true);
    window.addEventListener('resize', this.schedulePosition);
    window.addEventListener('scroll', this.schedulePosition, { capture: true, passive: true });
  }

  private hideBox(): void {
    if (page.open === this) page.open = undefined;
    if (supportsPopover() && this.box.matches(':popover-open')) this.box.hidePopover();
    this.stopTracking();
  }

  private stopTracking(): void {
    document.removeEventListener('pointerdown', this.onOutside, true);
    window.removeEventListener('resize', this.schedulePosition);
    window.removeEventListener('scroll', this.schedulePosition, { capture: true });
    cancelAnimationFrame(this.frame);
  }

  private schedulePosition = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.position());
  };

  /**
   * CSS anchors place the box where supported; the result is still measured, and a box that
   * would leave the viewport (a trigger at the edge of a 320 px screen) is placed by arithmetic.
   */
  private position(): void {
    const pop = this.box;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    if (this.anchored) {
      pop.removeAttribute('data-placed');
      for (const p of ['top', 'left', 'max-block-size', 'max-inline-size']) pop.style.removeProperty(p);
      const r = pop.getBoundingClientRect();
      if (r.left >= 0 && r.top >= 0 && r.right <= viewport.width && r.bottom <= viewport.height) return;
    }
    pop.setAttribute('data-placed', '');
    pop.style.setProperty('top', '0px');
    pop.style.setProperty('left', '0px');
    pop.style.removeProperty('max-block-size');
    // The viewport without its scrollbar (100vw would include a classic one).
    pop.style.setProperty('max-inline-size', `min(var(--arki-help-width, 22rem), ${viewport.width - 2 * EDGE}px)`);
    const box = pop.getBoundingClientRect();
    const rtl = getComputedStyle(this).direction === 'rtl';
    const p = place(this.trigger.getBoundingClientRect(), box, viewport, rtl);
    pop.style.setProperty('top', `${p.top}px`);
    pop.style.setProperty('left', `${p.left}px`);
    pop.style.setProperty('max-block-size', `${p.maxHeight}px`);
  }

  /** As the user toggling: announces the text on opening and fires `toggle`. */
  private userToggle(open: boolean, returnFocus = false): void {
    if (this.open === open) return;
    this.open = open;
    if (open) {
      const slot = this.renderRoot.querySelector('slot');
      announce(textOf(slot ? slot.assignedNodes({ flatten: true }) : []), 'polite', this.localize.code);
    } else if (returnFocus) {
      this.trigger.focus();
    }
    const init = { bubbles: true, composed: true };
    const states = open ? { newState: 'open', oldState: 'closed' } : { newState: 'closed', oldState: 'open' };
    this.dispatchEvent(typeof ToggleEvent === 'function' ? new ToggleEvent('toggle', { ...init, ...states }) : new Event('toggle', init));
  }

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.open || e.isComposing) return;
    // Ours to handle: a dialog or panel around us must not close on the same key.
    e.preventDefault();
    e.stopPropagation();
    this.userToggle(false, true);
  };

  private onOutside = (e: Event): void => {
    if (!e.composedPath().includes(this)) this.userToggle(false);
  };

  /** Focus moved to something outside (Tab past the help text, a click elsewhere). */
  private onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (this.open && to && to !== this && !this.contains(to)) this.userToggle(false);
  };

  protected override render(): TemplateResult {
    const s = this.localize.strings(helpStrings);
    const topic = this.topic;
    const name = topic ? s.helpFor(topic) : s.helpGeneric;
    return html`<button
        part="trigger"
        class="trigger focus-ring"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popover"
        aria-label=${ifDefined(this.text ? undefined : name)}
        @click=${() => this.userToggle(!this.open)}
      >
        <arki-icon name="help"></arki-icon>${this.text ? html`<span class="text">${this.text}</span>` : nothing}
      </button>
      <div
        part="popover"
        id="popover"
        class="popover"
        popover="manual"
        role="group"
        aria-label=${this.text || name}
        ?data-anchored=${this.anchored}
        ?hidden=${!this.open}
      >
        <div class="content"><slot></slot></div>
        <button part="close" class="close focus-ring" type="button" aria-label=${s.helpClose} @click=${() => this.userToggle(false, true)}>
          <arki-icon name="close"></arki-icon>
        </button>
      </div>`;
  }
}

defineElement('arki-help', ArkiHelp);

declare global {
  interface HTMLElementTagNameMap {
    'arki-help': ArkiHelp;
  }
}
