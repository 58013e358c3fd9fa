import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { linkStrings } from '../../i18n/link.js';
import { focusRing, visuallyHidden } from '../../styles/shared.js';
import '../icon/icon.js';
import styles from './link.styles.js';

/**
 * A text link that says what it does. `target="_blank"` adds an icon and the announced text
 * "(avautuu uuteen välilehteen)", and only then: a link that does not open a new tab must not
 * claim to. `external` marks a link to another site (icon and "ulkoinen sivusto" for screen
 * readers). A download link shows the file type and size, "(PDF, 1,2 Mt)", formatted for the
 * language (sizes in SI units: 1 Mt = 1 000 000 tavua); without either, its icon is read as
 * "(lataus)" / "(nedladdning)" / "(download)".
 *
 * @summary Links with honest new-tab, external-site and file-download indicators.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The link text.
 * @csspart base - The `<a>`.
 * @cssproperty --arki-link-color - Text colour.
 * @cssproperty --arki-link-color-hover - Hover colour.
 * @cssproperty --arki-link-color-visited - Visited colour.
 */
export class ArkiLink extends ArkiElement {
  static override shadowRootOptions: ShadowRootInit = { ...ArkiElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [focusRing, visuallyHidden, styles];

  static override properties: PropertyDeclarations = {
    href: {},
    target: {},
    rel: {},
    hreflang: {},
    external: { type: Boolean, reflect: true },
    download: {},
    fileType: { attribute: 'file-type' },
    fileSize: { attribute: 'file-size' },
    noVisited: { type: Boolean, reflect: true, attribute: 'no-visited' },
  };

  declare href: string;
  /** `_blank` opens a new tab (and says so); other values as the native attribute. */
  declare target: string;
  /** Extra `rel` values; `noopener noreferrer` is always added for `_blank`. */
  declare rel: string;
  declare hreflang: string;
  /** A link to another site: shows the external-link icon. */
  declare external: boolean;
  /** Download the target; the value, when given, is the suggested file name. */
  declare download?: string;
  /** File type shown with a download, e.g. `PDF`. */
  declare fileType: string;
  /** File size in bytes, shown formatted ("1,2 Mt"). */
  declare fileSize: string;
  /** Visited links keep the normal link colour (for navigation lists). */
  declare noVisited: boolean;

  private bytes: number | undefined;

  constructor() {
    super();
    this.href = '';
    this.target = '';
    this.rel = '';
    this.hreflang = '';
    this.external = false;
    this.fileType = '';
    this.fileSize = '';
    this.noVisited = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fileSize')) {
      const raw = String(this.fileSize ?? '').trim();
      const n = raw === '' ? NaN : Number(raw);
      this.bytes = Number.isFinite(n) && n >= 0 ? n : undefined;
      if (raw !== '' && this.bytes === undefined) this.warn(`file-size="${raw}" is not a size in bytes; no size is shown.`);
    }
    if (changed.has('href') && !this.href) this.warn('has no href; a link must lead somewhere.');
  }

  /** "1,2 Mt", "340 kt", "12 tavua": decimal units through Intl, so each language writes its own. */
  formatSize(bytes: number): string {
    const units: Array<[string, number]> = [['byte', 1], ['kilobyte', 1e3], ['megabyte', 1e6], ['gigabyte', 1e9]];
    let [unit, div] = units[0]!;
    for (const u of units) if (bytes >= u[1]) [unit, div] = u;
    const value = bytes / div;
    return this.localize.number(value, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 });
  }

  /** The visible "(PDF, 1,2 Mt)" of a download, or '' when there is nothing to say. */
  get fileMeta(): string {
    const parts = [this.fileType.trim(), this.bytes !== undefined ? this.formatSize(this.bytes) : ''].filter(Boolean);
    return parts.join(', ');
  }

  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector('a')?.focus(options);
  }

  protected override render(): TemplateResult {
    const newTab = this.target === '_blank';
    const rel = newTab ? [...new Set([...this.rel.split(/\s+/).filter(Boolean), 'noopener', 'noreferrer'])].join(' ') : this.rel;
    const isDownload = this.download !== undefined && this.download !== null;
    const meta = this.fileMeta;
    const s = this.localize.strings(linkStrings);
    // The download icon says nothing to a screen reader; the visible "(PDF, 1,2 Mt)" says it is a file.
    const hidden = [isDownload && !meta ? s.linkDownload : '', this.external ? s.linkExternal : '', newTab ? this.localize.t.opensInNewTab : ''].filter(Boolean);
    const icon = isDownload ? 'download' : this.external || newTab ? 'external-link' : '';
    return html`<a
      part="base"
      class="link focus-ring"
      href=${ifDefined(this.href || undefined)}
      target=${ifDefined(this.target || undefined)}
      rel=${ifDefined(rel || undefined)}
      hreflang=${ifDefined(this.hreflang || undefined)}
      download=${ifDefined(isDownload ? this.download : undefined)}
      ><slot></slot>${meta ? html` <span class="meta">(${meta})</span>` : nothing}${icon || hidden.length
        ? html`<span class="nowrap">${icon ? html`<arki-icon name=${icon}></arki-icon>` : nothing}${hidden.length
            ? html`<span class="visually-hidden"> (${hidden.join(', ')})</span>`
            : nothing}</span>`
        : nothing}</a
    >`;
  }
}

defineElement('arki-link', ArkiLink);

declare global {
  interface HTMLElementTagNameMap {
    'arki-link': ArkiLink;
  }
}
