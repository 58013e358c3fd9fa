import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { setAnnouncerRoot } from '../../controllers/announcer.js';
import { dialogStrings } from '../../i18n/dialog.js';
import { focusRing, reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import { closeButton } from '../../styles/close-button.js';
import '../button/button.js';
import '../icon/icon.js';
import { FocusLossWatch, autofocusTarget, containsFocus, deepActiveElement, focusElement, tabbables } from '../../base/focus.js';
import { lockScroll, unlockScroll } from './scroll-lock.js';
import styles from './dialog.styles.js';

export { confirmDialog, type ConfirmDialogOptions } from './confirm.js';

export const dialogVariants = ['default', 'confirm'] as const;
export type DialogVariant = (typeof dialogVariants)[number];
export const dialogSizes = ['s', 'm', 'l'] as const;
export type DialogSize = (typeof dialogSizes)[number];
export const dialogInitialFocus = ['auto', 'heading'] as const;
export type DialogInitialFocus = (typeof dialogInitialFocus)[number];

let nextId = 0;
/** Open modal dialogs, innermost last: the announcer lives in the innermost one. */
const modalStack: ArkiDialog[] = [];

/**
 * A dialog built on the native `<dialog>`. **Modal** (`showModal()`, the default for `open`):
 * the page behind is inert, so Tab stays in the dialog; page scrolling is locked (also on iOS,
 * see `scroll-lock.ts`); the library's announcer moves into the dialog while it is open, so
 * announcements are read. **Non-modal** (`show()` or `non-modal`): the page stays usable.
 *
 * **Focus.** On open, focus moves to the first element marked `autofocus`, else (confirm
 * variant) the cancel button, else the first focusable element in the content and footer. When
 * there is none, or it would be out of view with the dialog scrolled to its top (long content),
 * focus goes to the heading (or, without one, the dialog itself), so reading starts at the
 * beginning (ARIA Authoring Practices dialog pattern); `initial-focus="heading"` always starts
 * there. The close button is not the first stop. If the focused element is removed while the
 * dialog is open (its content replaced), focus moves to the initial target again rather than to
 * the inert page. On close, focus returns to the element that had it when the dialog opened.
 *
 * **Closing.** Esc, the close button and (with `light-dismiss`) a click outside fire a
 * cancelable `cancel`, then close. `persistent` ignores Esc and outside clicks (the user must
 * choose an action). Any slotted element with `data-arki-close="value"` closes the dialog
 * with that `returnValue` when clicked. `close` fires after every close.
 *
 * **Confirm.** `variant="confirm"` adds "Vahvista" and "Peruuta" buttons (localised, or
 * `confirm-label`/`cancel-label`); `returnValue` is `confirm` or `cancel`, and `confirm()`
 * opens the dialog and resolves to `true` or `false`. For a one-off question use
 * `confirmDialog({ heading, message })`.
 *
 * @summary Modal and non-modal dialogs, and a confirm dialog, on the native `<dialog>`.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The content.
 * @slot heading - Rich heading text, instead of the `heading` attribute (not a heading element).
 * @slot footer - Actions, e.g. `arki-button`s (give them `data-arki-close` to close).
 *
 * @csspart base - The native `<dialog>`.
 * @csspart heading - The heading.
 * @csspart close - The close button.
 * @csspart body - The content area.
 * @csspart footer - The actions area.
 *
 * @cssproperty --arki-dialog-width - Largest width (by size: 28rem, 40rem, 60rem).
 *
 * @fires cancel - Esc, the close button or an outside click asked to close; cancelable.
 * @fires close - The dialog closed; read `returnValue`.
 */
export class ArkiDialog extends ArkiElement {
  static override styles = [reset, typography, focusRing, closeButton, styles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    nonModal: { type: Boolean, attribute: 'non-modal' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    label: {},
    variant: { reflect: true },
    size: { reflect: true },
    persistent: { type: Boolean, reflect: true },
    lightDismiss: { type: Boolean, attribute: 'light-dismiss' },
    confirmLabel: { attribute: 'confirm-label' },
    cancelLabel: { attribute: 'cancel-label' },
    danger: { type: Boolean },
    initialFocus: { attribute: 'initial-focus' },
    closeLabel: { attribute: 'close-label' },
    returnValue: { attribute: false },
    hasHeadingSlot: { state: true },
    hasFooter: { state: true },
  };

  /** Whether the dialog is open. Setting it opens (modal unless `non-modal`) or closes. */
  declare open: boolean;
  /** `open` shows a non-modal dialog instead of a modal one. */
  declare nonModal: boolean;
  /** The heading, which names the dialog. */
  declare heading: string;
  /** Level of the heading, 1–6 (default 2). */
  declare headingLevel: number;
  /** Accessible name when there is no visible heading (prefer a heading). */
  declare label: string;
  declare variant: DialogVariant;
  /** Largest width: `s`, `m` or `l`. */
  declare size: DialogSize;
  /** Esc and outside clicks do not close it; the user must choose an action. */
  declare persistent: boolean;
  /** A click outside a modal dialog closes it (off by default). */
  declare lightDismiss: boolean;
  /** Confirm variant: the confirm button's text (default "Vahvista"). */
  declare confirmLabel: string;
  /** Confirm variant: the cancel button's text (default "Peruuta"). */
  declare cancelLabel: string;
  /** Confirm variant: the confirm button is a danger button (e.g. "Poista"). */
  declare danger: boolean;
  /** Where focus goes on opening: `auto` (the rules above) or `heading` (always the top). */
  declare initialFocus: DialogInitialFocus;
  /** Name of the close button (default "Sulje"); e.g. "Sulje ohje" to match the same control elsewhere. */
  declare closeLabel: string;
  /** Why the dialog closed: `confirm`, `cancel`, a `data-arki-close` value, or `''`. */
  declare returnValue: string;

  private declare hasHeadingSlot: boolean;
  private declare hasFooter: boolean;
  private get dialog(): HTMLDialogElement {
    return this.renderRoot?.querySelector('dialog') as HTMLDialogElement;
  }
  private get headingEl(): HTMLElement {
    return this.renderRoot?.querySelector('.heading') as HTMLElement;
  }

  private readonly uid = `arki-dialog-${++nextId}`;
  private opener: HTMLElement | null = null;
  private isModal = false;
  private active = false;
  private pendingConfirm?: (confirmed: boolean) => void;
  /** Content replaced while open can take the focused element with it. */
  private readonly focusLoss = new FocusLossWatch(this, () => this.focusInitial());

  constructor() {
    super();
    this.open = false;
    this.nonModal = false;
    this.heading = '';
    this.headingLevel = 2;
    this.label = '';
    this.variant = 'default';
    this.size = 'm';
    this.persistent = false;
    this.lightDismiss = false;
    this.confirmLabel = '';
    this.cancelLabel = '';
    this.danger = false;
    this.initialFocus = 'auto';
    this.closeLabel = '';
    this.returnValue = '';
    this.hasHeadingSlot = false;
    this.hasFooter = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.active) this.afterClose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = this.oneOf('variant', this.variant, dialogVariants, 'default');
    if (changed.has('size')) this.size = this.oneOf('size', this.size, dialogSizes, 'm');
    if (changed.has('initialFocus')) this.initialFocus = this.oneOf('initial-focus', this.initialFocus, dialogInitialFocus, 'auto');
    if (changed.has('headingLevel') && !(this.headingLevel >= 1 && this.headingLevel <= 6)) {
      this.warn(`unknown heading-level="${this.headingLevel}"; using 2. Allowed: 1–6.`);
      this.headingLevel = 2;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open && !this.active) this.openDialog(!this.nonModal);
      else if (!this.open && this.active) this.close();
    }
  }

  protected override firstUpdated(): void {
    const slotted = this.querySelector(':scope > [slot="heading"]');
    if (!this.heading && !slotted && !this.label) this.warn('has no heading; give it `heading` (or `label`) so it is named.');
  }

  /** Opens as a modal dialog: the rest of the page is inert. */
  showModal(): void {
    this.openDialog(true);
  }

  /** Opens as a non-modal dialog. */
  show(): void {
    this.openDialog(false);
  }

  /** Closes, with an optional `returnValue`. Fires `close`. */
  close(returnValue?: string): void {
    if (!this.active) return;
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.dialog.close();
    this.afterClose();
  }

  /** As the user closing it (Esc, close button): fires a cancelable `cancel`, then closes. */
  requestClose(returnValue = this.variant === 'confirm' ? 'cancel' : ''): void {
    if (!this.active) return;
    const cancel = new Event('cancel', { bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(cancel)) this.close(returnValue);
  }

  /** Opens modally and resolves to whether the user confirmed. */
  async confirm(): Promise<boolean> {
    await this.updateComplete;
    this.pendingConfirm?.(false);
    const result = new Promise<boolean>((resolve) => (this.pendingConfirm = resolve));
    this.showModal();
    return result;
  }

  private openDialog(modal: boolean): void {
    if (this.active) return;
    if (!this.dialog) {
      // Not rendered yet: `updated` opens it.
      this.nonModal = !modal;
      this.open = true;
      return;
    }
    this.opener = deepActiveElement();
    this.returnValue = '';
    this.isModal = modal;
    this.active = true;
    if (modal) {
      this.dialog.showModal();
      lockScroll();
      modalStack.push(this);
      setAnnouncerRoot(this);
    } else {
      this.dialog.show();
    }
    this.open = true;
    this.focusLoss.start();
    this.focusInitial();
  }

  /** Cleans up after any close: ours, or the browser's own (a close request it would not let us cancel). */
  private afterClose(): void {
    if (!this.active) return;
    this.active = false;
    this.focusLoss.stop();
    if (this.isModal) {
      unlockScroll();
      const i = modalStack.indexOf(this);
      if (i >= 0) modalStack.splice(i, 1);
      setAnnouncerRoot(modalStack[modalStack.length - 1]);
    }
    this.open = false;
    const focusWasInside = containsFocus(this) || !deepActiveElement() || document.activeElement === document.body;
    if (focusWasInside && this.opener?.isConnected) this.opener.focus();
    this.opener = null;
    this.dispatchEvent(new Event('close', { bubbles: true, composed: true }));
    this.pendingConfirm?.(this.returnValue === 'confirm');
    this.pendingConfirm = undefined;
  }

  private focusInitial(): void {
    const marked = autofocusTarget(this.dialog);
    if (marked) {
      marked.focus();
      return;
    }
    const cancel = this.variant === 'confirm' ? this.renderRoot.querySelector<HTMLElement>('.cancel') : null;
    const body = this.renderRoot.querySelector<HTMLElement>('.body')!;
    const footer = this.renderRoot.querySelector<HTMLElement>('.footer')!;
    const target = this.initialFocus === 'heading' ? undefined : (cancel ?? tabbables(body)[0] ?? tabbables(footer)[0]);
    this.dialog.scrollTop = 0;
    if (target && this.inViewFromTop(target)) {
      target.focus();
      return;
    }
    // APG: long content would open scrolled to its end; start at the top instead.
    if (!this.headingEl.hidden) this.headingEl.focus();
    else focusElement(this.dialog);
    this.dialog.scrollTop = 0;
  }

  /** Whether `el` is fully visible in the dialog while it is scrolled to its top. */
  private inViewFromTop(el: HTMLElement): boolean {
    const box = this.dialog.getBoundingClientRect();
    const bottom = box.top + this.dialog.clientTop + this.dialog.clientHeight;
    return el.getBoundingClientRect().bottom <= bottom + 1;
  }

  private onKeydown(e: KeyboardEvent): void {
    // WebKitGTK reports Shift+Tab as key "Unidentified" (ISO_Left_Tab); keyCode is still 9.
    if ((e.key === 'Tab' || e.keyCode === 9) && this.isModal && !e.defaultPrevented) this.wrapFocus(e);
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    // Handled here for modal and non-modal alike; stopping the default also keeps the browser
    // from closing a persistent dialog on its own.
    e.preventDefault();
    if (!this.persistent) this.requestClose();
  }

  /**
   * APG dialog: Tab from the last element goes to the first, Shift+Tab from the first to the
   * last. Browsers would otherwise leave to their own toolbar, and Firefox comes back to the
   * last element rather than the first when the dialog is in a shadow root.
   */
  private wrapFocus(e: KeyboardEvent): void {
    const items = tabbables(this.dialog);
    const active = deepActiveElement();
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && (active === first || !containsFocus(this))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }

  /** The browser's close request (Esc with focus outside our keydown, Android back). */
  private onNativeCancel(e: Event): void {
    e.preventDefault();
    if (!this.persistent) this.requestClose();
  }

  private onClick(e: MouseEvent): void {
    if (e.target === this.dialog) {
      // Only the backdrop hits the <dialog> itself: the box inside fills it.
      if (this.lightDismiss && this.isModal && !this.persistent) this.requestClose();
      return;
    }
    for (const node of e.composedPath()) {
      if (node === this.dialog) break;
      if (node instanceof HTMLElement && node.hasAttribute('data-arki-close')) {
        this.close(node.getAttribute('data-arki-close') ?? '');
        return;
      }
    }
  }

  private onHeadingSlotChange(e: Event): void {
    this.hasHeadingSlot = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).some((n) => n.textContent?.trim());
  }

  private onFooterSlotChange(e: Event): void {
    this.hasFooter = (e.target as HTMLSlotElement).assignedElements().length > 0;
  }

  private renderConfirmButtons(): TemplateResult {
    const s = this.localize.strings(dialogStrings);
    return html`<arki-button class="confirm" variant=${this.danger ? 'danger' : 'primary'} @click=${() => this.close('confirm')}
        >${this.confirmLabel || s.dialogConfirm}</arki-button
      ><arki-button class="cancel" variant="secondary" @click=${() => this.close('cancel')}>${this.cancelLabel || s.dialogCancel}</arki-button>`;
  }

  protected override render(): TemplateResult {
    const confirm = this.variant === 'confirm';
    const named = !!this.heading || this.hasHeadingSlot;
    return html`<dialog
      part="base"
      role=${ifDefined(confirm ? 'alertdialog' : undefined)}
      aria-labelledby=${ifDefined(named ? `${this.uid}-heading` : undefined)}
      aria-label=${ifDefined(!named && this.label ? this.label : undefined)}
      aria-describedby=${ifDefined(confirm ? `${this.uid}-body` : undefined)}
      closedby=${this.persistent ? 'none' : 'closerequest'}
      @keydown=${this.onKeydown}
      @cancel=${this.onNativeCancel}
      @close=${this.afterClose}
      @click=${this.onClick}
    >
      <div class="box">
        <div class="header">
          <div part="heading" class="heading focus-ring" id="${this.uid}-heading" role="heading" aria-level=${this.headingLevel} tabindex="-1" ?hidden=${!named}>
            <slot name="heading" @slotchange=${this.onHeadingSlotChange}>${this.heading}</slot>
          </div>
          <button part="close" class="close focus-ring" type="button" aria-label=${this.closeLabel || this.localize.strings(dialogStrings).close} @click=${() => this.requestClose()}>
            <arki-icon name="close"></arki-icon>
          </button>
        </div>
        <div part="body" class="body" id="${this.uid}-body"><slot></slot></div>
        <div part="footer" class="footer" ?hidden=${!confirm && !this.hasFooter}><slot name="footer" @slotchange=${this.onFooterSlotChange}></slot>${confirm ? this.renderConfirmButtons() : nothing}</div>
      </div>
    </dialog>`;
  }
}

defineElement('arki-dialog', ArkiDialog);

declare global {
  interface HTMLElementTagNameMap {
    'arki-dialog': ArkiDialog;
  }
}
