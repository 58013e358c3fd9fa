import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { devWarn } from '../../base/dev.js';
import { ArkiLanguageChangeEvent } from '../../events/language-change.js';
import { languageSwitcherStrings as group, type LanguageSwitcherStrings } from '../../i18n/language-switcher.js';
import { focusRing, reset } from '../../styles/shared.js';
import '../icon/icon.js';
import styles from './language-switcher.styles.js';

export { ArkiLanguageChangeEvent };

/** A language the page offers. */
export interface LanguageOption {
  /** BCP 47 code: `fi`, `sv`, `en`, `se`… */
  code: string;
  /** The language's name in itself: `Suomi`, `Svenska`, `Davvisámegiella`. */
  name: string;
  /** This page in that language. Without it, choosing fires `arki-language-change` only. */
  href?: string;
  /** `false`: this page has no translation in that language; a notice leads to `fallbackHref`. */
  available?: boolean;
  /** The front page in that language, for the "not available" notice. */
  fallbackHref?: string;
  /** Notice text in that language, for languages Arki has no strings for. */
  unavailableText?: string;
  /** Text of the front-page link in that language, likewise. */
  fallbackText?: string;
}

export const languageSwitcherDefaults: readonly LanguageOption[] = [
  { code: 'fi', name: 'Suomi' },
  { code: 'sv', name: 'Svenska' },
  { code: 'en', name: 'English' },
];

const languagesConverter = {
  fromAttribute(value: string | null): LanguageOption[] {
    if (!value) return [...languageSwitcherDefaults];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed as LanguageOption[];
    } catch {
      // fall through to the warning
    }
    devWarn('arki-language-switcher', `languages="${value.slice(0, 60)}" is not a JSON array of {code, name, href}; showing Suomi, Svenska, English.`);
    return [...languageSwitcherDefaults];
  },
};

/**
 * The page's languages, each named in itself (Suomi, Svenska, English) and marked with `lang`
 * (and `hreflang` on links), so screen readers pronounce it right and a user who does not read
 * the current language still finds theirs. The current one has `aria-current="true"`.
 *
 * With `href`s it is a set of plain links. Every choice also fires a cancelable
 * `arki-language-change` (`ArkiLanguageChangeEvent`): a single-page app gives no `href`s, or calls
 * `preventDefault()`, and switches the language itself.
 *
 * A language this page is not translated into (`available: false`) opens a notice written in
 * that language ("Tätä sivua ei ole saatavilla suomeksi.") with a link to the front page in it
 * (`fallbackHref`); focus moves to the notice so it is read at once, Esc closes it and focus
 * returns to the language.
 *
 * @summary Language links named in their own language; SPA event; notice when a page is not translated.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The `nav`.
 * @csspart notice - The "not available" notice.
 * @fires arki-language-change - `ArkiLanguageChangeEvent` with `code` and `href`, when the user picks a language. Cancelable.
 */
export class ArkiLanguageSwitcher extends ArkiElement {
  static override styles = [reset, focusRing, styles];

  static override properties: PropertyDeclarations = {
    languages: { converter: languagesConverter },
    current: {},
    noticeFor: { state: true },
  };

  /** The languages, in the order shown. Property, or JSON in the attribute. */
  declare languages: LanguageOption[];
  /** Code of the page's language. Default: the nearest `lang`. */
  declare current: string;

  /** Code of the unavailable language whose notice is open. */
  private declare noticeFor: string;

  constructor() {
    super();
    this.languages = [...languageSwitcherDefaults];
    this.current = '';
    this.noticeFor = '';
  }

  private get currentCode(): string {
    return (this.current || this.localize.code).toLowerCase();
  }

  private get options(): LanguageOption[] {
    return (Array.isArray(this.languages) ? this.languages : []).filter((l) => l && typeof l.code === 'string' && typeof l.name === 'string');
  }

  private isCurrent(l: LanguageOption): boolean {
    const cur = this.currentCode;
    const code = l.code.toLowerCase();
    return code === cur || code.split('-')[0] === cur.split('-')[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('languages')) {
      for (const l of this.options) if (l.available === false && !l.fallbackHref) this.warn(`language "${l.code}" is not available but has no fallbackHref; the notice cannot link anywhere.`);
    }
  }

  private choose(e: Event, l: LanguageOption): void {
    if (this.isCurrent(l)) {
      if (!l.href) e.preventDefault();
      return;
    }
    this.noticeFor = '';
    const event = new ArkiLanguageChangeEvent(l.code, l.href);
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
    else if (!l.href) this.current = l.code;
  }

  private async toggleNotice(l: LanguageOption): Promise<void> {
    this.noticeFor = this.noticeFor === l.code ? '' : l.code;
    if (!this.noticeFor) return;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.notice')?.focus();
  }

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.noticeFor) return;
    e.preventDefault();
    const code = this.noticeFor;
    this.noticeFor = '';
    this.shadowRoot?.querySelector<HTMLElement>(`[data-code="${CSS.escape(code)}"]`)?.focus();
  };

  /** The notice's text, link text and language: the requested language's own, when known. */
  private noticeText(l: LanguageOption): { text: string; link: string; lang: string } {
    const own = (group as unknown as Record<string, LanguageSwitcherStrings | undefined>)[l.code.toLowerCase()] ?? group.extra?.[l.code.toLowerCase()];
    if (l.unavailableText) return { text: l.unavailableText, link: l.fallbackText ?? own?.languageSwitcherFrontPage ?? l.name, lang: l.code };
    if (own?.languageSwitcherUnavailable && own.languageSwitcherFrontPage) {
      return { text: own.languageSwitcherUnavailable, link: own.languageSwitcherFrontPage, lang: l.code };
    }
    const s = this.localize.strings(group);
    let name = l.name;
    try {
      name = new Intl.DisplayNames([this.localize.code], { type: 'language' }).of(l.code) ?? l.name;
    } catch {
      // an invalid code: the page's own name for it will do
    }
    return { text: s.languageSwitcherUnavailableIn(name), link: s.languageSwitcherFrontPage, lang: this.localize.code };
  }

  private renderOption(l: LanguageOption): TemplateResult {
    const current = this.isCurrent(l);
    if (l.available === false && !current) {
      return html`<button class="option unavailable focus-ring" type="button" lang=${l.code} data-code=${l.code}
        aria-expanded=${this.noticeFor === l.code ? 'true' : 'false'} aria-controls=${this.noticeFor === l.code ? 'notice' : nothing} @click=${() => this.toggleNotice(l)}>${l.name}</button>`;
    }
    if (l.href) {
      return html`<a class="option focus-ring" href=${l.href} lang=${l.code} hreflang=${l.code} data-code=${l.code}
        aria-current=${current ? 'true' : nothing} @click=${(e: Event) => this.choose(e, l)}>${l.name}</a>`;
    }
    return html`<button class="option focus-ring" type="button" lang=${l.code} data-code=${l.code}
      aria-current=${current ? 'true' : nothing} @click=${(e: Event) => this.choose(e, l)}>${l.name}</button>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const l = this.options.find((o) => o.code === this.noticeFor);
    if (!l) return nothing;
    const n = this.noticeText(l);
    return html`<div part="notice" id="notice" class="notice focus-ring" lang=${n.lang} tabindex="-1">
      <p>${n.text}</p>
      ${l.fallbackHref ? html`<a class="focus-ring" href=${l.fallbackHref} hreflang=${l.code}>${n.link}</a>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(group);
    return html`<nav part="base" aria-label=${s.languageSwitcherLabel} @keydown=${this.onKeydown}>
      <div class="row">
        <arki-icon class="globe" name="language"></arki-icon>
        <ul class="list">
          ${this.options.map((l) => html`<li>${this.renderOption(l)}</li>`)}
        </ul>
      </div>
      ${this.renderNotice()}
    </nav>`;
  }
}

defineElement('arki-language-switcher', ArkiLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'arki-language-switcher': ArkiLanguageSwitcher;
  }
}
