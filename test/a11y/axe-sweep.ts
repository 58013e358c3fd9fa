import { expect, fixtureCleanup } from '@open-wc/testing';
import { formatViolations, runAxe } from '../helpers/a11y.js';
import { loadStories, renderStory } from './story-harness.js';

/**
 * Every story is also a test (CONVENTIONS 23): each one rendered in each colour mode, in this
 * engine, must have zero axe violations with the project's configuration (WCAG 2.0–2.2 A/AA,
 * best practice, target-size on). Stories that demonstrate a broken page opt out with the
 * `skip-a11y` tag. Incomplete results are printed, never silently dropped.
 *
 * The stories are split into `count` shards (one test file each), so no single file runs
 * long enough to hit the runner's per-file limit in the slowest engine, and shards can run
 * side by side.
 */
export async function defineAxeSweep(shard: number, count: number): Promise<void> {
  const all = await loadStories();
  const stories = all.filter((_, i) => i % count === shard);
  // All three modes in Chromium; light and dark elsewhere. Token colours resolve the same in
  // every engine (the contrast table checks every brand × mode), while engine-drawn parts
  // (native controls in a dark colour scheme) differ, so the other engines keep dark mode.
  const defaultModes = /Chrome\//.test(navigator.userAgent) ? 'light,dark,contrast' : 'light,dark';
  const modes = (new URLSearchParams(location.search).get('modes') ?? defaultModes).split(',');
  const incomplete: string[] = [];

  describe(`story sweep ${shard + 1}/${count}: axe over every story`, () => {
    it('finds stories', () => {
      expect(all.length).to.be.greaterThan(0);
      expect(stories.length).to.be.greaterThan(0);
    });

    for (const story of stories.filter((s) => !s.tags.includes('skip-a11y'))) {
      it(`${story.id}`, async () => {
        const failures: string[] = [];
        for (const mode of modes) {
          const root = await renderStory(story, { locale: 'fi', mode });
          const results = await runAxe(root);
          if (results.violations.length) failures.push(`[${mode}] ${formatViolations(results.violations)}`);
          for (const r of results.incomplete) incomplete.push(`${story.id} [${mode}] ${r.id}: ${r.nodes.length} node(s)`);
        }
        if (failures.length) throw new Error(failures.join('\n'));
      });
    }

    after(() => {
      // Leave a clean page: a story's open modal dialog or scroll lock left behind can stall
      // WebKit's WebDriver when the runner closes the session.
      fixtureCleanup();
      if (incomplete.length) console.log(`axe incomplete (needs review): ${incomplete.length}\n${incomplete.slice(0, 50).join('\n')}`);
    });
  });
}
