import { expect } from '@open-wc/testing';
import '../helpers/a11y.js';
import { engine, reflowOutcome, targetSizeCheck, textSpacingCheck } from './checks.js';
import { narrowViewport, REFLOW_WIDTH, type NarrowViewport } from './reflow-frame.js';
import { countBy, flushReview, review, type ReviewEntry, sweepConfig } from './server.js';
import { isSkipped, loadStories, renderStoryShared, type LoadedStory, type SweepCheck } from './story-harness.js';

// Checks 3–5 of the accessibility sweep, over every story in this engine:
//   3. target size (WCAG 2.5.8): every interactive element measured ≥ 24×24 CSS px, or inline
//      in text, or meeting the spacing exception (exceptions are listed for review);
//   4. reflow (1.4.10): at 320 CSS px the page does not scroll sideways;
//   5. text spacing (1.4.12): with the WCAG spacing in the document and every shadow root,
//      no text is cut off by an overflow box and no text newly overlaps other text.
// 4 and 5 run in sv (the story content stays Finnish; Swedish component strings are the
// longest). ARKI_A11Y_LOCALES=fi,sv,en for all three.
// Layout does not depend on the colour mode, so these run in light mode.
const config = await sweepConfig();
const stories = (await loadStories()).filter((s) => !config.stories || config.stories.test(s.id));
const locales = config.locales;
const collected: ReviewEntry[] = [];
const note = (...e: ReviewEntry[]) => { collected.push(...e); review(...e); };

function each(check: SweepCheck, body: (story: LoadedStory) => void) {
  for (const story of stories) {
    if (isSkipped(story, check)) note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: check });
    else body(story);
  }
}

// 3 and 5 read the same render of each story (text spacing undoes its styles when done): one
// render per story instead of two.
describe('story sweep 3 and 5: target size (2.5.8), measured, and text spacing (1.4.12)', () => {
  for (const story of stories) {
    if (isSkipped(story, 'target-size')) note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: 'target-size' });
    else it(`target size › ${story.id}`, async () => {
      const root = await renderStoryShared(story, { locale: locales[0], mode: 'light' });
      const r = await targetSizeCheck(root);
      note(...r.review.map((e) => ({ ...e, story: story.id })));
      if (r.failures.length) throw new Error(r.failures.join('\n'));
    });

    if (isSkipped(story, 'text-spacing')) note({ tool: 'sweep', kind: 'skipped by tag', story: story.id, rule: 'text-spacing' });
    else it(`text spacing › ${story.id}`, async () => {
      const failures: string[] = [];
      for (const locale of locales) {
        const root = await renderStoryShared(story, { locale, mode: 'light' });
        const r = await textSpacingCheck(root);
        failures.push(...r.failures.map((f) => `[${locale}] ${f}`));
        note(...r.review.map((e) => ({ ...e, story: story.id, locale })));
      }
      if (failures.length) throw new Error(failures.join('\n'));
    });
  }
});

describe(`story sweep 4: reflow at ${REFLOW_WIDTH} CSS px (1.4.10)`, () => {
  let narrow: NarrowViewport;
  before(async () => {
    narrow = await narrowViewport();
    console.log(`reflow in ${engine}: ${narrow.method}`);
  });
  after(() => narrow?.close());

  each('reflow', (story) => {
    it(story.id, async () => {
      const failures: string[] = [];
      for (const locale of locales) {
        const r = reflowOutcome(await narrow.story(story, { locale, mode: 'light' }));
        failures.push(...r.failures.map((f) => `[${locale}] ${f}`));
      }
      if (failures.length) throw new Error(failures.join('\n'));
    });
  });
});

describe('story sweep 3–5: review', () => {
  it('finds the stories', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  after(async () => {
    const written = await flushReview(true);
    console.log(`a11y review (target-size exceptions, text-spacing overflow): ${countBy(collected)} → ${written?.file ?? 'not written'}`);
  });
});
