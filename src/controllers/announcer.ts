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

function region(politeness: Politeness): HTMLElement {
  const host = root ?? document.body;
  let el = regions[politeness];
  if (!el || el.parentElement !== host) {
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
 * so a region that was just created, or a message identical to the last one, is still read.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  if (typeof document === 'undefined' || !message) return;
  const el = region(politeness);
  el.textContent = '';
  clearTimeout(timers[politeness]);
  timers[politeness] = setTimeout(() => {
    el.textContent = message;
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
