import { fixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { applyGlobals } from '../../.storybook/globals.js';

/** A CSF story as far as the sweep needs it. */
interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  tags?: string[];
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult | HTMLElement;
  play?: unknown;
}
interface MetaLike extends StoryLike {
  title: string;
  excludeStories?: string[];
}

export interface LoadedStory {
  id: string;
  title: string;
  name: string;
  tags: string[];
  render: () => TemplateResult | HTMLElement;
}

/** Reads every story module served by the test runner's stories index plugin. */
export async function loadStories(): Promise<LoadedStory[]> {
  // @ts-expect-error: a virtual module served by web-test-runner.config.mjs
  const index = (await import('/__arki/stories.js')).default as Record<string, () => Promise<Record<string, unknown>>>;
  const out: LoadedStory[] = [];
  for (const [file, load] of Object.entries(index)) {
    const mod = await load();
    const meta = mod.default as MetaLike;
    for (const [exportName, value] of Object.entries(mod)) {
      if (exportName === 'default' || meta.excludeStories?.includes(exportName)) continue;
      const story = value as StoryLike;
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${file} › ${exportName} has no render function`);
      const args = { ...meta.args, ...story.args };
      out.push({
        id: `${meta.title} › ${story.name ?? exportName}`,
        title: meta.title,
        name: story.name ?? exportName,
        tags: [...(meta.tags ?? []), ...(story.tags ?? [])],
        render: () => render(args, { args, globals: {}, id: exportName }),
      });
    }
  }
  return out;
}

/** Renders a story as Storybook's preview would, with the toolbar's language and mode. */
export async function renderStory(story: LoadedStory, globals: { locale: string; mode: string }): Promise<HTMLElement> {
  fixtureCleanup();
  applyGlobals(document.documentElement, globals);
  const rendered = story.render();
  const root = await fixture<HTMLElement>(rendered instanceof HTMLElement ? rendered : (rendered as TemplateResult));
  // Let nested Arki elements finish their first render.
  const pending = [root, ...root.querySelectorAll('*')].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete);
  await Promise.all(pending.filter(Boolean));
  await settleAnimations();
  return root.parentElement ?? root;
}

/**
 * Waits (up to 2 s) for finite animations and transitions, such as a dialog fading in: a check
 * that reads colours mid-fade reports contrast that nobody sees. Endless ones (spinners) are left.
 */
async function settleAnimations(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(r));
  // WebKit's document.getAnimations() leaves out animations inside shadow roots: ask each root.
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of document.querySelectorAll('*')) collectShadowRoots(el, roots);
  const all = new Set(roots.flatMap((r) => r.getAnimations()));
  const finite = [...all].filter((a) => {
    const t = a.effect?.getComputedTiming();
    return t && t.endTime !== Infinity && a.playState === 'running';
  });
  if (!finite.length) return;
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2000))]);
}

function collectShadowRoots(el: Element, into: ShadowRoot[] | (Document | ShadowRoot)[]): void {
  if (!el.shadowRoot) return;
  (into as (Document | ShadowRoot)[]).push(el.shadowRoot);
  for (const inner of el.shadowRoot.querySelectorAll('*')) collectShadowRoots(inner, into);
}

