import { devWarn } from '../../base/dev.js';

/**
 * JSON text that is safe inside a `<script>` element even when the page is later serialised
 * (a CMS saving `outerHTML`, server rendering): `<` is escaped, so no `</script>` or `<!--`
 * can end or change the element, and U+2028/U+2029 are escaped for old JavaScript parsers.
 * @since 0.1.0
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Keeps one `<script type="application/ld+json">` in the host's light DOM: search engines do
 * not read shadow roots. The text is set with `textContent` (never parsed as HTML). Under a
 * Trusted Types policy that refuses script text the insertion fails; that is reported as a dev
 * warning and the component renders as usual.
 * @since 0.1.0
 */
export class JsonLdScript {
  private script?: HTMLScriptElement;

  constructor(private readonly host: HTMLElement) {}

  /** Writes `data` (or removes the script when `data` is undefined). Call from `updated()`. */
  set(data: unknown): void {
    if (data === undefined) {
      this.script?.remove();
      this.script = undefined;
      return;
    }
    try {
      const script = this.script ?? document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute('data-arki-json-ld', '');
      // A named slot nobody renders: the script never takes a default slot's place.
      script.slot = 'arki-json-ld';
      const json = jsonForScript(data);
      if (script.textContent !== json) script.textContent = json;
      if (script.parentNode !== this.host) this.host.append(script);
      this.script = script;
    } catch (error) {
      devWarn(this.host, `could not add the JSON-LD script (${String(error)}).`);
    }
  }

  /** The script element, when there is one; for tests. */
  get element(): HTMLScriptElement | undefined {
    return this.script;
  }
}
