/**
 * One light-DOM live region pair for the whole library. Live regions inside shadow roots are
 * announced unreliably (Chrome, iOS VoiceOver), so components never own one; they call
 * `announce()`. Server-render safe: the regions are created on first use.
 * @since 0.1.0
 */
export type Politeness = 'polite' | 'assertive';

const regions: Partial<Record<Politeness, HTMLElement>> = {};
let root: HTMLElement | undefined;
// One timer per region: a polite message must not cancel an assertive one set just before it.
const timers: Partial<Record<Politeness, ReturnType<typeof setTimeout>>> = {};

/**
 * How long a message stays in its region after it was set, in ms. Screen readers queue the text
 * when it changes, so clearing it later does not cut the speech; leaving it would make an old
 * message part of the page (or of an open dialog) for anyone who reads on to the end.
 */
export const ANNOUNCEMENT_LIFETIME = 7000;

function region(politeness: Politeness): HTMLElement {
  const host = root ?? document.body;
  let el = regions[politeness];
  if (!el || el.parentElement !== host) {
    // A message already read must not move with the region into a dialog (where it would be
    // read as the dialog's content, or its description) or back out of it.
    if (el) el.textContent = '';
    el ??= document.createElement('div');
    el.setAttribute('data-arki-announcer', politeness);
    el.setAttribute('aria-live', politeness);
    el.setAttribute('aria-atomic', 'true');
    if (politeness === 'assertive') el.setAttribute('role', 'alert');
    // Visually hidden, still in the accessibility tree.
    Object.assign(el.style, {
      position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0',
      overflow: 'hidden', clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', whiteSpace: 'nowrap', border: '0',
    });
    host.append(el);
    regions[politeness] = el;
  }
  return el;
}

/**
 * Announces a message to screen readers. The text is set after a short delay, clearing first,
 * so a region that was just created, or a message identical to the last one, is still read;
 * it is cleared again after `ANNOUNCEMENT_LIFETIME`. `lang` is the language of the message
 * (a component passes `this.localize.code`), so a Swedish message on a Finnish page is read
 * with a Swedish voice; without it the region takes the language of the page.
 */
export function announce(message: string, politeness: Politeness = 'polite', lang?: string): void {
  if (typeof document === 'undefined' || !message) return;
  const el = region(politeness);
  el.textContent = '';
  if (lang) el.setAttribute('lang', lang);
  else el.removeAttribute('lang');
  clearTimeout(timers[politeness]);
  timers[politeness] = setTimeout(() => {
    el.textContent = message;
    timers[politeness] = setTimeout(() => {
      el.textContent = '';
    }, ANNOUNCEMENT_LIFETIME);
  }, 100);
}

/**
 * Moves the live regions into `el` (e.g. an open modal dialog, where everything outside is
 * inert and would not be read), or back to `<body>` with no argument.
 */
export function setAnnouncerRoot(el?: HTMLElement): void {
  root = el;
  for (const p of ['polite', 'assertive'] as const) if (regions[p]) region(p);
}

/** The text currently in a region; for tests. */
export function lastAnnouncement(politeness: Politeness = 'polite'): string {
  return regions[politeness]?.textContent ?? '';
}
