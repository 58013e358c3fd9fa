import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { FocusKeeperController } from '../../controllers/focus-keeper.js';
import { helpPanelStrings } from '../../i18n/help-panel.js';
import { focusRing, reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import { closeButton } from '../../styles/close-button.js';
import { headingLevels, renderHeading, type HeadingLevel } from '../accordion-item/heading.js';
import '../dialog/dialog.js';
import type { ArkiDialog } from '../dialog/dialog.js';
import { containsFocus } from '../../base/focus.js';
import '../icon/icon.js';
import { MediaController, narrowQuery } from './media.js';
import { readStored, writeStored } from './storage.js';
import styles from './help-panel.styles.js';

const DEFAULT_BREAKPOINT = '48em';

/**
 * A help panel ("drawer") for the current page or step of a service, opened with its "Ohje"
 * button. Place it where the help belongs in the layout, typically a column beside the form.
 *
 * **Wide screens:** the panel opens in place, in the page's flow, as a complementary region
 * (`<aside>` named by its heading). It is not modal: it covers nothing and does not hold focus.
 * Opening moves focus to its heading; the close button and Esc close it and return focus to the
 * button. **Narrow screens** (up to `breakpoint`, default 48em, which includes 400 % zoom of a
 * 1280 px window): the same content opens as a modal `arki-dialog`, with focus on its heading
 * as on wide screens, kept inside, and returned to the button on close. The close button is
 * "Sulje ohje" in both forms.
 *
 * **Crossing the breakpoint while open** (e.g. zooming in or out): if focus is in the help, it
 * stays open in the other form and focus stays on the same thing (heading, close button, or the
 * link in the text). If the user is elsewhere on the page, going narrow closes it instead: a
 * modal must not take over the page by itself.
 *
 * **Remembering:** with `storage-key`, the user's choice (open or closed) is kept in
 * `localStorage` under that key and restored on the next page that uses the same key. A stored
 * "open" is restored on wide screens only: a modal must never open by itself. Storage that is
 * unavailable (private modes, blocked cookies) is ignored.
 *
 * @summary Help for the current page or step: an in-flow side panel, a modal on narrow screens.
 * @status beta
 * @since 0.1.0
 *
 * @slot - The help content.
 *
 * @csspart trigger - The "Ohje" button.
 * @csspart panel - The panel on wide screens (`<aside>`).
 * @csspart heading - The panel's heading.
 * @csspart close - The close button on wide screens.
 * @csspart dialog - The `arki-dialog` on narrow screens.
 *
 * @cssproperty --arki-help-panel-background - Background of the panel.
 *
 * @fires toggle - The user opened or closed the panel (a `ToggleEvent` where supported).
 */
export class ArkiHelpPanel extends ArkiElement {
  static override styles = [reset, typography, focusRing, closeButton, styles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    label: {},
    storageKey: { attribute: 'storage-key' },
    breakpoint: {},
  };

  /** Whether the panel is open. */
  declare open: boolean;
  /** The panel's heading; default "Ohje". */
  declare heading: string;
  /** Level of the heading, 2–6. */
  declare headingLevel: string | number;
  /** Text of the toggle button; default "Ohje". */
  declare label: string;
  /** `localStorage` key that keeps the user's open/closed choice across pages. */
  declare storageKey: string;
  /** Widest viewport that counts as narrow (modal), as a CSS length. Default 48em. */
  declare breakpoint: string;

  private get trigger(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('.trigger') ?? null;
  }
  private get dialog(): ArkiDialog | null {
    return this.renderRoot?.querySelector('arki-dialog') ?? null;
  }

  private readonly media = new MediaController(this, () => narrowQuery(this.validBreakpoint));
  private focusOnOpen = false;
  /** The form of the last render, to notice a crossing. */
  private wasModal = false;

  constructor() {
    super();
    this.open = false;
    this.heading = '';
    this.headingLevel = 2;
    this.label = '';
    this.storageKey = '';
    this.breakpoint = DEFAULT_BREAKPOINT;
    // Keeps focus when the layout switches (a controller registers itself with its host).
    new FocusKeeperController<'heading' | 'close' | 'content'>(this, {
      switching: () => this.open && this.modal !== this.wasModal,
      locate: (focused) => this.locateFocus(focused),
      resolve: (key, focused) => this.focusTarget(key, focused),
    });
  }

  /** Whether the panel is in its narrow, modal form. */
  get modal(): boolean {
    return this.media.matches;
  }

  private get validBreakpoint(): string {
    const bp = this.breakpoint;
    return typeof CSS !== 'undefined' && CSS.supports?.('width', bp) && !/%|auto/.test(bp) ? bp : DEFAULT_BREAKPOINT;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = readStored(this.storageKey);
    if (stored === 'closed') this.open = false;
    else if (stored === 'open' && !this.modal) this.open = true;
    if (this.open && this.modal) this.open = false; // a modal never opens by itself on load
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = Number(this.oneOf('heading-level', String(this.headingLevel), headingLevels, '2'));
    if (changed.has('breakpoint') && this.validBreakpoint !== this.breakpoint) {
      this.warn(`breakpoint="${this.breakpoint}" is not a CSS length; using ${DEFAULT_BREAKPOINT}.`);
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // Going narrow while open: the panel becomes a modal. Only if the user is in it; otherwise close.
    const panel = this.renderRoot?.querySelector<HTMLElement>('.panel');
    if (this.hasUpdated && this.open && this.modal && !this.wasModal && !(panel && containsFocus(panel))) this.open = false;
    super.update(changed);
  }

  protected override updated(): void {
    this.wasModal = this.modal;
    const dialog = this.dialog;
    if (this.modal && dialog) {
      if (this.open && !dialog.open) dialog.showModal();
      else if (!this.open && dialog.open) dialog.close();
    } else if (this.open && this.focusOnOpen) {
      this.renderRoot.querySelector<HTMLElement>('.heading-text')?.focus();
    }
    this.focusOnOpen = false;
  }

  /** Opens the panel (without moving focus). */
  show(): void {
    this.open = true;
  }

  /** Closes the panel. */
  hide(): void {
    this.open = false;
  }

  /** Opens or closes as the user did: moves focus, remembers the choice, fires `toggle`. */
  toggle(open = !this.open): void {
    if (open === this.open) return;
    this.open = open;
    this.focusOnOpen = open;
    // A modal returns focus to its opener, which is not the toggle if it opened at a crossing.
    if (!open && !this.modal) this.trigger?.focus();
    else if (!open) void this.updateComplete.then(() => this.trigger?.focus());
    writeStored(this.storageKey, open ? 'open' : 'closed');
    const init = { bubbles: true, composed: true };
    const states = open ? { newState: 'open', oldState: 'closed' } : { newState: 'closed', oldState: 'open' };
    this.dispatchEvent(typeof ToggleEvent === 'function' ? new ToggleEvent('toggle', { ...init, ...states }) : new Event('toggle', init));
  }

  /** Where focus is in the form that is going away (the toggle is in both and stays). */
  private locateFocus(focused: HTMLElement): 'heading' | 'close' | 'content' | undefined {
    const root = focused.getRootNode();
    if (root === this.shadowRoot) return focused.matches('.heading-text') ? 'heading' : focused.matches('[part="close"]') ? 'close' : undefined;
    if (root === this.dialog?.shadowRoot) {
      const part = focused.getAttribute('part');
      return part === 'heading' || part === 'close' ? part : undefined;
    }
    return 'content';
  }

  /** The same thing in the new form, once it has rendered (the dialog opens in its own update). */
  private async focusTarget(key: 'heading' | 'close' | 'content', focused: HTMLElement): Promise<HTMLElement | null | undefined> {
    await this.updateComplete;
    const dialog = this.dialog;
    if (key === 'content') return focused;
    if (!this.modal || !dialog) return this.renderRoot.querySelector<HTMLElement>(key === 'heading' ? '.heading-text' : '[part="close"]');
    await dialog.updateComplete;
    return dialog.shadowRoot?.querySelector<HTMLElement>(`[part="${key}"]`);
  }

  /** The dialog closed by itself (Esc, its close button): the dialog returned focus to the button. */
  private onDialogClose(e: Event): void {
    if (e.target !== this.dialog || !this.open) return;
    this.toggle(false);
  }

  private onPanelKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    e.preventDefault();
    this.toggle(false);
  }

  private renderPanel(heading: string, closeLabel: string): TemplateResult {
    const title = html`<span class="heading-text" id="heading" tabindex="-1">${heading}</span>`;
    return html`<aside part="panel" class="panel" id="panel" aria-labelledby="heading" ?hidden=${!this.open} @keydown=${this.onPanelKeydown}>
      <div class="header">
        ${renderHeading(Number(this.headingLevel) as HeadingLevel, 'heading', title)}
        <button part="close" class="close focus-ring" type="button" aria-label=${closeLabel} @click=${() => this.toggle(false)}>
          <arki-icon name="close"></arki-icon>
        </button>
      </div>
      <div class="body"><slot></slot></div>
    </aside>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(helpPanelStrings);
    const heading = this.heading || s.helpPanelLabel;
    return html`<button
        part="trigger"
        class="trigger focus-ring"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.toggle()}
      >
        <arki-icon name="help"></arki-icon><span>${this.label || s.helpPanelLabel}</span>
      </button>
      ${this.modal
        ? html`<arki-dialog part="dialog" id="panel" heading=${heading} heading-level=${this.headingLevel} initial-focus="heading" close-label=${s.helpPanelClose}
            @close=${this.onDialogClose}><slot></slot></arki-dialog>`
        : this.renderPanel(heading, s.helpPanelClose)}`;
  }
}

defineElement('arki-help-panel', ArkiHelpPanel);

declare global {
  interface HTMLElementTagNameMap {
    'arki-help-panel': ArkiHelpPanel;
  }
}
