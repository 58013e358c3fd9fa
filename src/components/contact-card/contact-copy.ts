/**
 * Copying text to the clipboard for `arki-contact-card`: the async Clipboard API, and where it
 * is missing or refused (an insecure page, an old engine, a denied permission) the older
 * `execCommand('copy')` on a temporary, off-screen textarea inside `root`.
 */
export async function copyText(value: string, root: ShadowRoot | HTMLElement, restoreFocus?: HTMLElement): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Refused: fall back below.
  }
  const area = document.createElement('textarea');
  area.value = value;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  // CSSOM assignments are allowed under a strict CSP (no inline style markup).
  Object.assign(area.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', opacity: '0', pointerEvents: 'none' });
  root.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    restoreFocus?.focus();
  }
}

/** "https://www.hel.fi/fi/rakennusvalvonta/" → "www.hel.fi/fi/rakennusvalvonta": readable link text. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
