import '../helpers/a11y.js';
import { engine, focusCheck } from './checks.js';
import { countBy, flushReview, review, type ReviewEntry, sweepConfig } from './server.js';
import { isSkipped, loadStories, renderStory } from './story-harness.js';

// Check 7 of the accessibility sweep, over every story in this engine:
//   7. focus visible (2.4.7; 2.4.13 reported for review): every element in the tab order, focused
//      with keyboard modality, differs from its unfocused self by at least the area of a 1 CSS px
//      line around it at ≥ 3:1 (light mode in every engine, high contrast in Firefox; see below). Measured
//      from computed styles in every engine; screenshots confirm or overrule every failure; in
//      Chromium's light mode screenshots also measure each distinct indicator once (forced colours:
//      stories-forced-colors.test.ts). Elements outside Arki components that keep the browser's
//      default indicator are accepted (WCAG technique G165) and listed for review.
const config = await sweepConfig();
const stories = (await loadStories()).filter((s) => !config.stories || config.stories.test(s.id));
// Computed styles do not differ between engines; :focus-visible and rendering do. So light mode in
// every engine, and high-contrast mode in Firefox (ARKI_A11Y_FOCUS_MODES=light,dark,contrast for all).
const modes = config.focusModes;
const shotModes = config.screenshotModes;
const collected: ReviewEntry[] = [];
const note = (...e: ReviewEntry[]) => { collected.push(...e); review(...e); };

describe('story sweep 7: focus visible (2.4.7), measured', () => {
  for (const story of stories) {
    if (isSkipped(story, 'focus')) { note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: 'focus' }); continue; }
    it(story.id, async () => {
      const failures: string[] = [];
      for (const mode of modes) {
        const root = await renderStory(story, { locale: 'fi', mode });
        const r = await focusCheck(root, { screenshots: engine === 'chromium' && shotModes.includes(mode) ? 'signature' : 'confirm' });
        failures.push(...r.failures.map((f) => `[${mode}] ${f}`));
        note(...r.review.map((e) => ({ ...e, story: story.id, mode })));
      }
      if (failures.length) throw new Error(failures.join('\n'));
    });
  }

  after(async () => {
    const written = await flushReview(true);
    console.log(`a11y review (focus 2.4.13, measure disagreements, skips): ${countBy(collected)} → ${written?.file ?? 'not written'}`);
  });
});
