import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce, type Politeness } from './announcer.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface StatusAnnouncerOptions {
  /** What to say now, e.g. "Virhe: Tallennus epäonnistui"; `''` when this state is not announced. */
  message(): string;
  politeness(): Politeness;
  /** The language of the message (`this.localize.code`). */
  lang(): string;
  /** `false` (e.g. `live="off"`): say nothing, but keep track, so turning it on is not a change. */
  enabled?(): boolean;
  /**
   * The host appeared after the page loaded: `inserted` into the page, or `shown` by removing
   * `hidden`. Return `true` when the host told the user itself (e.g. took focus).
   */
  onAppear?(how: 'inserted' | 'shown'): boolean;
}

/**
 * Announces a status component (alert, success banner) through the library's announcer when it
 * appears after the page loaded (inserted, or `hidden` removed) and when what it says changes
 * while it is shown: its light-DOM text (observed) or its own properties (checked after each
 * update). One announcement per change: changes in the same task are merged, and a message
 * equal to the one already shown is not repeated, so a framework re-rendering the same text, or
 * an unrelated re-render, says nothing. A change of language alone is not announced. Content
 * present while the page loads is static and is not announced.
 * @since 0.1.0
 */
export class StatusAnnouncer implements ReactiveController {
  private readonly host: Host;
  private readonly options: StatusAnnouncerOptions;
  private observer?: MutationObserver;
  private timer?: ReturnType<typeof setTimeout>;
  /** Whether the host was shown, and what it said in which language, at the last check. */
  private shown = false;
  private said = '';
  private lang = '';
  /** Appeared after load since the last check: announce even an unchanged message. */
  private appearing: 'inserted' | 'shown' | undefined;

  constructor(host: Host, options: StatusAnnouncerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.shown = false;
    this.appearing = !this.host.hidden && document.readyState === 'complete' ? 'inserted' : undefined;
    this.observer ??= new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden'], attributeOldValue: true });
    this.schedule();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.shown = false;
  }

  hostUpdated(): void {
    this.schedule();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'attributes' && r.target === this.host && r.oldValue !== null && !this.host.hidden && document.readyState === 'complete') this.appearing = 'shown';
    }
    this.schedule();
  }

  /** Checks once after the current task, when text and property changes made together are all in. */
  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.host.updateComplete.then(() => this.check());
    });
  }

  private check(): void {
    const { options } = this;
    const shown = this.host.isConnected && !this.host.hidden;
    const message = shown ? options.message() : '';
    const lang = options.lang();
    if (shown && this.appearing) {
      if (!options.onAppear?.(this.appearing) && message && options.enabled?.() !== false) announce(message, options.politeness(), lang);
    } else if (shown && this.shown && message && message !== this.said && lang === this.lang && document.readyState === 'complete' && options.enabled?.() !== false) {
      announce(message, options.politeness(), lang);
    }
    this.appearing = undefined;
    this.shown = shown;
    this.said = message;
    this.lang = lang;
  }
}
