/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import '../src/index.js';
import { applyGlobals, globalTypes } from './globals.js';

// Every brand's theme, so the toolbar can switch between them (built by `npm run build:tokens`).
import.meta.glob('../dist/themes/*.css', { eager: true });

setCustomElementsManifest(customElements);

const preview: Preview = {
  globalTypes,
  initialGlobals: { locale: 'fi', mode: 'light', brand: 'arki' },
  decorators: [
    (story, context) => {
      applyGlobals(document.documentElement, context.globals);
      return story();
    },
  ],
  parameters: {
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { 'target-size': { enabled: true }, region: { enabled: false } },
      },
    },
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Foundations', 'Components', 'Forms', 'Patterns', '*'] } },
  },
  tags: ['autodocs'],
};
export default preview;
