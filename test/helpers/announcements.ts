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
