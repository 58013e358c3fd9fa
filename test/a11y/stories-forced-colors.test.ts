import '../helpers/a11y.js';
import { engine, forcedColorsCheck } from './checks.js';
import { countBy, flushReview, review, setForcedColors, type ReviewEntry, sweepConfig } from './server.js';
import { isSkipped, loadStories, renderStory } from './story-harness.js';

// Check 6 of the accessibility sweep: forced colours, where the engine can emulate them
// (Chromium; Firefox and WebKit say why not, and that is recorded in the review file). Every
// element in the tab order that shows a boundary normally still shows one in forced colours, and
// every focus indicator is still measurable, by screenshots (once per distinct look).
const config = await sweepConfig();
const stories = (await loadStories()).filter((s) => !config.stories || config.stories.test(s.id));
const collected: ReviewEntry[] = [];
const note = (...e: ReviewEntry[]) => { collected.push(...e); review(...e); };

// Probe once whether this engine can emulate forced colours, and say so when it cannot: the
// reason goes to the review file and the check shows as one skipped test.
const forced = await setForcedColors(true);
if (forced.supported) await setForcedColors(false);
else {
  note({ tool: 'forced-colors', kind: 'not run in this engine', message: forced.reason });
  await flushReview(true);
}

describe('story sweep 6: forced colours (boundaries and focus)', () => {
  if (!forced.supported) {
    it.skip(`not emulated in ${engine}: ${forced.reason}`, () => {});
  } else {
    for (const story of stories) {
      if (isSkipped(story, 'forced-colors')) { note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: 'forced-colors' }); continue; }
      it(story.id, async () => {
        const root = await renderStory(story, { locale: 'fi', mode: 'light' });
        const r = await forcedColorsCheck(root);
        if (r.skipped) throw new Error(`forced colours could not be checked: ${r.skipped}`);
        note(...r.review.map((e) => ({ ...e, story: story.id, mode: 'forced-colors' })));
        if (r.failures.length) throw new Error(r.failures.join('\n'));
      });
    }
  }

  after(async () => {
    const written = await flushReview(true);
    console.log(`a11y review (forced colours): ${countBy(collected)} → ${written?.file ?? 'not written'}`);
  });
});
