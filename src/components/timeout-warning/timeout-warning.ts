import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { ArkiTimeoutEvent, ArkiTimeoutExtendEvent } from '../../events/timeout.js';
import { dialogStrings } from '../../i18n/dialog.js';
import { timeoutWarningStrings } from '../../i18n/timeout-warning.js';
import { reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import '../button/button.js';
import '../dialog/dialog.js';
import type { ArkiDialog } from '../dialog/dialog.js';
import { announcementDue, splitDuration } from './schedule.js';
import styles from './timeout-warning.styles.js';

export { ArkiTimeoutEvent, ArkiTimeoutExtendEvent };

type Phase = 'idle' | 'running' | 'warning' | 'expired';

/** How often the clock is read. */
const TICK = 1000;
/** WCAG 2.2.1: the user gets at least 20 seconds to respond to the warning. */
const MIN_WARN_BEFORE = 20;

/**
 * Warns before a session ends, so people who need more time get it (WCAG 2.2.1 Timing
 * Adjustable): a modal dialog opens `warn-before` seconds (default 120; values under 20 are
 * raised to 20 with a dev warning) before the end, with a countdown and "Jatka istuntoa"
 * ("Continue session"). Focus moves to that button; Esc and the close button also continue the
 * session.
 *
 * **Time.** Set the session's length in seconds with `timeout` (counted from when the element
 * connects, and again from each `reset()`), or its end with `expires-at` (an ISO date-time, e.g.
 * from the server). The clock is read every second and when the tab becomes visible again, so a
 * sleeping device cannot miss the end. Tests and stories can inject `clock`.
 *
 * **Announcements.** The countdown is visible every second but spoken only at opening, at each
 * whole minute, and at 30 and 10 seconds left.
 *
 * **Continuing.** "Jatka istuntoa" fires `arki-timeout-extend`; the page decides what it means
 * (see {@link ArkiTimeoutExtendEvent}: by default the timer restarts; `waitUntil(request)` waits
 * for the server; `preventDefault()` leaves it to the page's own `reset()`).
 *
 * **Timing out.** At the end it fires `arki-timeout` and tells the user that what they typed is
 * still on the page (announced once, assertively). If the warning was open, focus moves from
 * "Jatka istuntoa", which is gone, to "Sulje". It never navigates, reloads or clears anything.
 *
 * @summary Session timeout warning with an accessible countdown and a way to continue.
 * @status beta
 * @since 0.1.0
 *
 * @csspart dialog - The `arki-dialog`.
 * @csspart countdown - The visible countdown sentence.
 * @csspart continue - The "Jatka istuntoa" button.
 *
 * @fires arki-timeout-extend - {@link ArkiTimeoutExtendEvent}: the user chose to continue.
 * @fires arki-timeout - {@link ArkiTimeoutEvent}: the time ran out.
 */
export class ArkiTimeoutWarning extends ArkiElement {
  static override styles = [reset, typography, styles];

  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    expiresAt: { attribute: 'expires-at' },
    warnBefore: { type: Number, attribute: 'warn-before' },
    signOutHref: { attribute: 'sign-out-href' },
    clock: { attribute: false },
    phase: { state: true },
    left: { state: true },
    extending: { state: true },
    extendFailed: { state: true },
  };

  /** Length of the session in seconds, counted from connection and from each `reset()`. */
  declare timeout?: number;
  /** End of the session as an ISO date-time (or a Date); wins over `timeout`. */
  declare expiresAt?: string | Date;
  /** Seconds before the end when the warning opens (default 120; at least 20, as WCAG 2.2.1 asks). */
  declare warnBefore: number;
  /** Where "Kirjaudu ulos" leads; without it there is no sign-out link. */
  declare signOutHref: string;
  /** The clock (default `() => new Date()`); inject one in tests and stories. */
  declare clock?: () => Date;

  private declare phase: Phase;
  private declare left: number;
  private declare extending: boolean;
  private declare extendFailed: boolean;

  private get dialog(): ArkiDialog | null {
    return this.renderRoot?.querySelector('arki-dialog') ?? null;
  }

  private deadline?: number;
  private previous?: number;
  private ticker?: ReturnType<typeof setInterval>;
  private opened = false;

  constructor() {
    super();
    this.warnBefore = 120;
    this.signOutHref = '';
    this.phase = 'idle';
    this.left = 0;
    this.extending = false;
    this.extendFailed = false;
  }

  /** Seconds left in the session (0 when over or when no end is set). */
  get remaining(): number {
    return this.deadline === undefined ? 0 : Math.max(0, Math.ceil((this.deadline - this.now()) / 1000));
  }

  /** When the session ends, if known. */
  get endsAt(): Date | undefined {
    return this.deadline === undefined ? undefined : new Date(this.deadline);
  }

  private now(): number {
    const t = this.clock?.();
    return t instanceof Date && !Number.isNaN(t.getTime()) ? t.getTime() : Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.hasUpdated) {
      this.check();
      this.start();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.check();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('warnBefore') && !(Number.isFinite(this.warnBefore) && this.warnBefore > 0)) {
      this.warn(`warn-before="${this.warnBefore}" is not a positive number of seconds; using 120.`);
      this.warnBefore = 120;
    } else if (changed.has('warnBefore') && this.warnBefore < MIN_WARN_BEFORE) {
      this.warn(`warn-before="${this.warnBefore}" leaves less than the ${MIN_WARN_BEFORE} s WCAG 2.2.1 requires to respond; using ${MIN_WARN_BEFORE}. Prefer 120 or more.`);
      this.warnBefore = MIN_WARN_BEFORE;
    }
    if (changed.has('timeout') || changed.has('expiresAt')) {
      this.computeDeadline();
      this.check(); // in this update, not a second one
    }
  }

  protected override firstUpdated(): void {
    if (this.deadline === undefined && !this.expiresAt) this.warn('has neither `timeout` nor `expires-at`; it will not warn.');
    this.start();
  }

  /** The end from `expires-at`, else `timeout` seconds from now; a bad value warns and stops the timer. */
  private computeDeadline(end?: string | Date): void {
    const at = end ?? this.expiresAt;
    let deadline: number | undefined;
    if (at !== undefined && at !== '') {
      deadline = (at instanceof Date ? at : new Date(at)).getTime();
      if (Number.isNaN(deadline)) {
        this.warn(`expires-at="${String(at)}" is not a date-time (e.g. 2025-05-01T14:30:00+03:00); no timer runs.`);
        deadline = undefined;
      }
    } else if (this.timeout !== undefined) {
      if (Number.isFinite(this.timeout) && this.timeout > 0) deadline = this.now() + this.timeout * 1000;
      else this.warn(`timeout="${this.timeout}" is not a positive number of seconds; no timer runs.`);
    }
    this.deadline = deadline;
    this.previous = undefined;
    this.phase = deadline === undefined ? 'idle' : 'running';
  }

  /** (Re)starts the once-a-second reading of the clock. */
  private start(): void {
    clearInterval(this.ticker);
    const live = this.deadline !== undefined && this.phase !== 'expired';
    this.ticker = live ? setInterval(() => this.check(), TICK) : undefined;
  }

  /**
   * Restarts the session: closes the warning and counts again from `end` (a Date or ISO string,
   * e.g. the server's new expiry), else `timeout` seconds from now. Call it after the server
   * confirms the session was extended, or after signing in again.
   */
  reset(end?: string | Date): void {
    this.extendFailed = false;
    this.extending = false;
    if (end === undefined && this.expiresAt && this.timeout === undefined) {
      this.warn('reset() without a new end time, and there is no `timeout` to count from; pass the new end.');
    }
    if (end !== undefined) this.computeDeadline(end);
    else if (this.timeout !== undefined) this.computeDeadline(new Date(this.now() + this.timeout * 1000));
    else this.computeDeadline();
    this.check();
    this.start();
  }

  /** Reads the clock now (it is also read every second): opens the warning, announces, or times out. */
  check(): void {
    if (this.deadline === undefined || this.phase === 'idle' || this.phase === 'expired') return;
    const ms = this.deadline - this.now();
    const left = Math.max(0, Math.ceil(ms / 1000));
    this.left = left;
    if (ms <= 0) {
      this.expire();
      return;
    }
    if (left <= this.warnBefore) {
      if (this.phase === 'running') {
        this.phase = 'warning';
        this.opened = true;
      } else if (this.previous !== undefined && announcementDue(this.previous, left, this.warnBefore)) {
        announce(this.endsIn(left), 'polite', this.localize.code);
      }
    }
    this.previous = left;
  }

  private endsIn(left: number): string {
    return this.localize.strings(timeoutWarningStrings).timeoutEndsIn(...splitDuration(left));
  }

  private expire(): void {
    this.phase = 'expired';
    this.opened = true;
    clearInterval(this.ticker);
    this.ticker = undefined;
    this.dispatchEvent(new ArkiTimeoutEvent());
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (!(changed as PropertyValues).has('phase')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    // The dialog focuses the autofocus button on opening: it must have rendered by then.
    await Promise.all([dialog, ...this.renderRoot.querySelectorAll('arki-button')].map((e) => (e as ArkiDialog).updateComplete));
    const s = this.localize.strings(timeoutWarningStrings);
    if (this.phase === 'warning' || this.phase === 'expired') {
      if (!dialog.open) dialog.showModal();
      if (this.opened) {
        this.opened = false;
        // After showModal: the announcer now lives in the dialog, where it is heard.
        if (this.phase === 'warning') announce(`${s.timeoutHeading}. ${this.endsIn(this.left)}`, 'polite', this.localize.code);
        else announce(`${s.timeoutExpiredHeading}. ${s.timeoutExpiredMessage}`, 'assertive', this.localize.code);
      }
    } else if (dialog.open) {
      dialog.close();
    }
  }

  /** "Jatka istuntoa", Esc or the close button while warning. */
  private async extend(): Promise<void> {
    if (this.extending || this.phase !== 'warning') return;
    const event = new ArkiTimeoutExtendEvent(this.remaining);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const s = this.localize.strings(timeoutWarningStrings);
    if (!event.waiting) {
      this.reset();
      announce(s.timeoutExtended, 'polite', this.localize.code);
      return;
    }
    this.extending = true;
    this.extendFailed = false;
    try {
      const values = await event.settled();
      if (this.phase !== 'warning') return;
      const end = values.find((v): v is string | Date => v instanceof Date || typeof v === 'string');
      this.reset(end);
      announce(s.timeoutExtended, 'polite', this.localize.code);
    } catch {
      this.extending = false;
      this.extendFailed = true;
      announce(s.timeoutExtendFailed, 'assertive', this.localize.code);
    }
  }

  /** The dialog asks to close (Esc, close button): while warning that means "continue". */
  private onCancel(e: Event): void {
    if (this.phase !== 'warning') return;
    e.preventDefault();
    void this.extend();
  }

  private renderWarning(): TemplateResult {
    const s = this.localize.strings(timeoutWarningStrings);
    return html`<p part="countdown" class="countdown">${this.endsIn(this.left)}</p>
      <p>${s.timeoutKept}</p>
      ${this.extendFailed ? html`<p class="error">${s.timeoutExtendFailed}</p>` : nothing}
      <div slot="footer" class="actions">
        <arki-button part="continue" class="continue" autofocus ?loading=${this.extending} @click=${() => void this.extend()}>${s.timeoutContinue}</arki-button>
        ${this.signOutHref ? html`<arki-button variant="tertiary" href=${this.signOutHref}>${s.timeoutSignOut}</arki-button>` : nothing}
      </div>`;
  }

  private renderExpired(): TemplateResult {
    const s = this.localize.strings(timeoutWarningStrings);
    return html`<p>${s.timeoutExpiredMessage}</p>
      <div slot="footer" class="actions">
        <arki-button class="close" variant="secondary" autofocus data-arki-close="">${this.localize.strings(dialogStrings).close}</arki-button>
        ${this.signOutHref ? html`<arki-button variant="tertiary" href=${this.signOutHref}>${s.timeoutSignOut}</arki-button>` : nothing}
      </div>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(timeoutWarningStrings);
    const expired = this.phase === 'expired';
    return html`<arki-dialog part="dialog" size="s" heading=${expired ? s.timeoutExpiredHeading : s.timeoutHeading} @cancel=${this.onCancel}>
      ${this.phase === 'warning' ? this.renderWarning() : expired ? this.renderExpired() : nothing}
    </arki-dialog>`;
  }
}

defineElement('arki-timeout-warning', ArkiTimeoutWarning);

declare global {
  interface HTMLElementTagNameMap {
    'arki-timeout-warning': ArkiTimeoutWarning;
  }
}
