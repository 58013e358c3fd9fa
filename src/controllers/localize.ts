import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fallback, onTranslationsChange, resolveTranslation } from '../i18n/registry.js';
import { pickStrings, type StringGroup } from '../i18n/strings.js';
import type { Translation } from '../i18n/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The nearest `lang` for an element, crossing shadow roots outward, then `<html lang>`.
 * `closest` stops at a shadow root, so walk host by host.
 */
export function findLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const hit: Element | null = node.closest('[lang]');
    if (hit) return hit.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

// One observer for the whole page: a `lang` change anywhere re-resolves connected hosts.
const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

function refreshAll(): void {
  for (const c of hosts) c.refresh();
}

function start(): void {
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  unsubscribe = onTranslationsChange(() => {
    for (const c of hosts) c.refresh(true);
  });
}

function stop(): void {
  observer?.disconnect();
  unsubscribe?.();
  observer = undefined;
  unsubscribe = undefined;
}

/**
 * Gives a component its locale's strings and formatters, and re-renders it when the nearest
 * `lang` (or the registered translations) change. Server-render safe: nothing touches the
 * DOM before `hostConnected`.
 * @since 0.1.0
 */
export class LocalizeController implements ReactiveController {
  private host: Host;
  private lang = '';
  private translation: Translation = resolveTranslation('');

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (hosts.size === 0) start();
    hosts.add(this);
    this.refresh(true);
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) stop();
  }

  /** Re-resolve the locale; request an update if it changed. */
  refresh(force = false): void {
    const lang = findLang(this.host);
    if (!force && lang === this.lang) return;
    const before = this.translation;
    this.lang = lang;
    this.translation = resolveTranslation(lang);
    this.groupCache = undefined;
    if (force || before !== this.translation) this.host.requestUpdate();
  }

  /** The language code of the translation in use (`fi`, `sv`, `en`, ...). */
  get code(): string {
    return this.translation.$code;
  }

  /** The active translation; use `this.localize.t.key` in templates. */
  get t(): Translation {
    return this.translation;
  }

  /**
   * A component group's strings in this locale: `this.localize.strings(formStrings).fileUploadAdd`.
   * Cached per group until the locale or the translations change.
   */
  strings<T extends object>(group: StringGroup<T>): T {
    let hit = this.groupCache?.get(group) as T | undefined;
    if (!hit) {
      hit = pickStrings(group, this.code, fallback.code, this.translation);
      (this.groupCache ??= new WeakMap()).set(group, hit);
    }
    return hit;
  }

  // Created on first use: most fields never need a string group, and a form may have hundreds.
  private groupCache?: WeakMap<object, object>;

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.code, options).format(value);
  }

  date(value: Date, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.code, options).format(value);
  }
}
