import { waitUntil } from '@open-wc/testing';
import { lastAnnouncement, type Politeness } from '../../src/controllers/announcer.js';

/**
 * Waits until the shared live region holds `text`, and fails naming what it holds instead.
 * Announcements are written after a short pause (so screen readers notice the change), and a
 * busy machine stretches that pause: a fixed delay before the check made tests flaky.
 */
export async function announced(text: string, politeness: Politeness = 'polite', timeout = 3000): Promise<void> {
  await waitUntil(() => lastAnnouncement(politeness) === text,
    `expected the ${politeness} announcement "${text}", but the region holds "${lastAnnouncement(politeness)}"`, { timeout });
}

/**
 * Every non-empty text set in the announcer's regions while `run` runs, and in the 400 ms after
 * (the window in which a second announcement would show up): as "politeness:text", or only the
 * texts of one region when `only` is given.
 */
export async function collectAnnouncements(run: () => Promise<void>, only?: Politeness): Promise<string[]> {
  const said: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[data-arki-announcer]');
      const politeness = region?.getAttribute('data-arki-announcer');
      if (!region?.textContent || (only && politeness !== only)) continue;
      said.push(only ? region.textContent : `${politeness}:${region.textContent}`);
    }
  });
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  try {
    await run();
    await new Promise((r) => setTimeout(r, 400));
  } finally {
    observer.disconnect();
  }
  return said;
}
