import { tokensCss } from '../generated/tokens-css.js';

let installed = false;

/**
 * Makes the default Arki tokens (all modes) available to a page that has not linked
 * `@arki/ui/tokens/arki.css`, by adopting them as a constructable stylesheet. They sit in the
 * `arki.tokens` cascade layer, so any unlayered brand or page CSS still wins. Allowed under a
 * strict CSP (no `<style>` element, no inline style). Called by the root entry and the bundle.
 * @since 0.1.0
 */
export function installTokens(doc: Document = document): void {
  if (installed || typeof doc === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(tokensCss);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
