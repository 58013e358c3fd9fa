// Runs inside frame.html: renders stories or plain HTML in this (narrow) window and measures reflow.
import { fixture, fixtureCleanup } from '@open-wc/testing';
import { unsafeStatic, html } from 'lit/static-html.js';
import '../helpers/a11y.js';
import { loadPageChecks, type ReflowResult } from './page-checks.js';
import { loadStories, renderStory } from './story-harness.js';

export interface FrameApi {
  render(storyId: string, globals: { locale: string; mode: string }): Promise<ReflowResult>;
  renderHtml(markup: string): Promise<ReflowResult>;
}

declare global {
  interface Window {
    arkiFrame?: Promise<FrameApi>;
  }
}

window.arkiFrame = (async () => {
  const [stories, audit] = await Promise.all([loadStories(), loadPageChecks()]);
  const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return {
    async render(id, globals) {
      const story = stories.find((s) => s.id === id);
      if (!story) throw new Error(`no story ${id}`);
      await renderStory(story, globals);
      await settle();
      return audit.reflow(document);
    },
    async renderHtml(markup) {
      fixtureCleanup();
      await fixture(html`${unsafeStatic(markup)}`);
      await settle();
      return audit.reflow(document);
    },
  };
})();
