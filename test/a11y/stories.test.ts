import { expect } from '@open-wc/testing';
import type { RunOptions } from 'axe-core';
import { axeOptions, formatViolations, runAxe } from '../helpers/a11y.js';
import { checkAriaSnapshot, countBy, engine, fixClock, flushAriaSnapshots, flushReview, review, type ReviewEntry, sweepConfig } from './server.js';
import { isSkipped, loadStories, renderStory, renderStoryShared } from './story-harness.js';
import { ibmCheck } from './checks.js';

// Every story is also a test (CONVENTIONS 23). Checks 1 and 2 of the accessibility sweep: each
// story, in this engine, has zero violations with
//   1. axe-core (WCAG 2.0–2.2 A/AA, best practice, target-size on; test/helpers/a11y.ts) in light
//      mode, and axe's colour rules in dark and high-contrast mode (those in Chromium only:
//      computed colours do not differ between engines; ARKI_A11Y_MODES to run them everywhere);
//   2. IBM Equal Access (accessibility-checker-engine, policy WCAG_2_2, page-level rules off for
//      fixtures: see checks.ts) in light mode: its rules do not depend on the colour mode except
//      contrast, which axe checks in every mode (ARKI_A11Y_IBM_MODES=light,dark,contrast for all).
// axe "incomplete" and IBM "potential"/"manual"/recommendation results go to
// reports/a11y-review.json. Opt-outs are story tags: `skip-a11y` (everything), `skip-axe` or
// `skip-ibm`; each is listed in the report. Checks 3–7: stories-layout, stories-focus,
// stories-forced-colors.
// Check 8 (Chromium, where Playwright drives the browser): each story's accessibility tree as a
// Playwright ARIA snapshot, compared with test/aria-snapshots/ (`npm run aria:update` rewrites them
// when a change is intended: review the diff). The page's clock is fixed so no story depends on the day.
const config = await sweepConfig();
const stories = (await loadStories()).filter((s) => !config.stories || config.stories.test(s.id));
const modes = config.modes;
const collected: ReviewEntry[] = [];
/**
 * Only colour decides between modes: in dark and high-contrast mode axe runs its colour rules
 * (the full configuration runs in light mode). Saves about half of axe's time over ~300 stories.
 */
const colourOnly: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: axeOptions.resultTypes };
const note = (...e: ReviewEntry[]) => { collected.push(...e); review(...e); };

describe('story sweep 1–2: axe and IBM Equal Access over every story', () => {
  before(async () => {
    if (engine === 'chromium') {
      const fixed = await fixClock('2026-01-14T10:30:00+02:00'); // a Wednesday morning in Helsinki
      if (!fixed.supported) throw new Error(fixed.reason);
    }
  });

  it('finds the stories', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    if (isSkipped(story, 'axe')) note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: 'axe' });
    else it(`axe › ${story.id}`, async () => {
      const failures: string[] = [];
      // Light last: the IBM test after this one reads the same render.
      for (const mode of [...modes.filter((m) => m !== 'light'), ...modes.filter((m) => m === 'light')]) {
        const root = await renderStory(story, { locale: 'fi', mode });
        const full = mode === 'light' || (!modes.includes('light') && mode === modes[0]);
        const results = await runAxe(root, full ? axeOptions : colourOnly);
        if (results.violations.length) failures.push(`[${mode}] ${formatViolations(results.violations)}`);
        note(...results.incomplete.map((r) => ({ tool: 'axe', kind: 'incomplete', story: story.id, mode, rule: r.id, message: r.help, targets: r.nodes.map((n) => n.target.join(' ')) })));
      }
      if (failures.length) throw new Error(failures.join('\n'));
    });

    if (isSkipped(story, 'ibm')) note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: 'ibm' });
    else it(`IBM › ${story.id}`, async () => {
      const failures: string[] = [];
      for (const mode of config.ibmModes) {
        const root = await renderStoryShared(story, { locale: 'fi', mode });
        const r = await ibmCheck(root);
        if (r.failures.length) failures.push(`[${mode}] ${r.failures.join('\n')}`);
        note(...r.review.map((e) => ({ ...e, story: story.id, mode })));
      }
      if (failures.length) throw new Error(`IBM Equal Access found violations:\n${failures.join('\n')}`);
    });

    if (engine !== 'chromium') continue;
    if (isSkipped(story, 'aria-snapshot')) note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: 'aria-snapshot' });
    else it(`ARIA snapshot › ${story.id}`, async () => {
      await renderStoryShared(story, { locale: 'fi', mode: 'light' });
      const r = await checkAriaSnapshot(story.storyId, story.id);
      if (!r.supported) throw new Error(r.reason);
      if (r.status === 'missing') throw new Error(`no committed ARIA snapshot for ${story.storyId}: run \`npm run aria:update\` and commit test/aria-snapshots/`);
      if (!r.ok) throw new Error(`what a screen reader gets has changed (${story.storyId}); if intended, run \`npm run aria:update\` and commit test/aria-snapshots/:\n${r.diff ?? ''}`);
    });
  }

  if (engine === 'chromium') {
    it('ARIA snapshots: none is left over from a story that no longer exists', async () => {
      const { stale } = await flushAriaSnapshots(!config.stories);
      expect(stale, 'run `npm run aria:update` to remove them').to.deep.equal([]);
    });
  }

  after(async () => {
    const written = await flushReview(true);
    console.log(`a11y review (axe incomplete, IBM potential, manual, recommendations): ${countBy(collected)} → ${written?.file ?? 'not written'}`);
  });
});
