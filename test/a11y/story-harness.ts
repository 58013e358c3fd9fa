import { fixtureCleanup } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { applyGlobals } from '../../.storybook/globals.js';
import { storyId } from '../../scripts/story-id.mjs';

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
  /** Storybook's id (`components-button--primary`), which names the ARIA snapshot. */
  storyId: string;
  title: string;
  name: string;
  tags: string[];
  render: (globals?: Record<string, string>) => TemplateResult | HTMLElement;
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
        storyId: storyId(meta.title, exportName),
        title: meta.title,
        name: story.name ?? exportName,
        tags: [...(meta.tags ?? []), ...(story.tags ?? [])],
        render: (globals = {}) => render(args, { args, globals, id: exportName }),
      });
    }
  }
  return out;
}

let container: HTMLElement | undefined;
let current: { key: string; root: HTMLElement } | undefined;

/**
 * Renders a story as Storybook's preview would: in `#storybook-root` on the preview's canvas
 * (`applyGlobals` paints it), with the toolbar's language and mode. Returns `#storybook-root`.
 * Resolves when nested elements have rendered, one frame has run (ResizeObserver-driven layouts,
 * such as a header collapsing into a menu, have settled) and finite animations have ended.
 */
export async function renderStory(story: LoadedStory, globals: { locale: string; mode: string }): Promise<HTMLElement> {
  fixtureCleanup();
  container?.remove();
  current = undefined;
  applyGlobals(document.documentElement, globals);
  const rendered = story.render({ ...globals });
  // Lit's render directly (not @open-wc's fixture, which waits a frame of its own): a third of the
  // time of a sweep that renders each of ~450 stories a dozen times is spent in frame waits.
  container = document.createElement('div');
  document.body.append(container);
  render(html`<div id="storybook-root">${rendered}</div>`, container);
  const root = container.firstElementChild as HTMLElement;
  // Let nested Arki elements finish their first render (and the ones they render in turn).
  for (let pass = 0; pass < 3; pass++) {
    const pending = [...root.querySelectorAll('*')]
      .flatMap((el) => [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])])
      .map((el) => (el as HTMLElement & { updateComplete?: Promise<boolean> }).updateComplete)
      .filter(Boolean);
    if (!pending.length) break;
    await Promise.all(pending);
  }
  await document.fonts?.ready;
  // One frame, then the task after it: resize observers and the updates they cause have run.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await settleAnimations();
  current = { key: keyOf(story, globals), root };
  return root;
}

const keyOf = (story: LoadedStory, globals: { locale: string; mode: string }) => `${story.id}|${globals.locale}|${globals.mode}`;

/**
 * The story as last rendered with these globals, if nothing has changed it since (see
 * `renderChanged`), else a fresh render. For checks that only read the page (axe, IBM, target size).
 */
export async function renderStoryShared(story: LoadedStory, globals: { locale: string; mode: string }): Promise<HTMLElement> {
  if (current && current.key === keyOf(story, globals) && current.root.isConnected) return current.root;
  return renderStory(story, globals);
}

/** Call after a check that changes the page (focus moves, forced colours, typing). */
export function renderChanged(): void {
  current = undefined;
}

/** Story tags that opt out of the sweep's checks; each opt-out is listed in reports/a11y-review.json. */
export type SweepCheck = 'axe' | 'ibm' | 'aria-snapshot' | 'target-size' | 'reflow' | 'text-spacing' | 'focus' | 'forced-colors';

/** `skip-a11y` opts out of every check, `skip-<check>` (e.g. `skip-reflow`) out of one. */
export function isSkipped(story: LoadedStory, check: SweepCheck): boolean {
  return story.tags.includes('skip-a11y') || story.tags.includes(`skip-${check}`);
}

/**
 * Waits (up to 2 s) for finite animations and transitions, such as a dialog fading in: a check
 * that reads colours mid-fade reports contrast that nobody sees. Endless ones (spinners) are left.
 */
async function settleAnimations(): Promise<void> {
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
