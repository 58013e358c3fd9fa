// Toolbar switches shared by Storybook and the story sweep in the test suite, so both render
// every story the same way.
export const locales = ['fi', 'sv', 'en'] as const;
export const modes = ['light', 'dark', 'contrast'] as const;
/** Brands shipped in tokens/brands/ (the default first). */
export const brands = [
  { value: 'arki', title: 'Arki (default)' },
  { value: 'koivula', title: 'Koivula (green)' },
  { value: 'merilaakso', title: 'Merilaakso (sea)' },
  { value: 'kultala', title: 'Kultala (gold)' },
] as const;

export const globalTypes = {
  locale: {
    description: 'Language of the components',
    toolbar: {
      title: 'Language',
      icon: 'globe' as const,
      items: [
        { value: 'fi', title: 'Suomi (fi)' },
        { value: 'sv', title: 'Svenska (sv)' },
        { value: 'en', title: 'English (en)' },
      ],
      dynamicTitle: true,
    },
  },
  brand: {
    description: 'Municipality brand',
    toolbar: {
      title: 'Brand',
      icon: 'paintbrush' as const,
      items: brands.map((b) => ({ value: b.value, title: b.title })),
      dynamicTitle: true,
    },
  },
  mode: {
    description: 'Colour mode',
    toolbar: {
      title: 'Mode',
      icon: 'contrast' as const,
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'contrast', title: 'High contrast' },
      ],
      dynamicTitle: true,
    },
  },
};

export interface ArkiGlobals {
  locale?: string;
  mode?: string;
  brand?: string;
}

/**
 * The canvas follows the active brand and mode, so every story is seen, and checked, on its
 * real surface (a dark-mode story on a white page would fail contrast for the wrong reason).
 */
const canvasCss = `
  html { background: var(--arki-color-surface); color: var(--arki-color-text); font-family: var(--arki-font-family-base); }
  body { margin: 0; }
  #storybook-root { padding: 1rem; }
`;
let canvas: CSSStyleSheet | undefined;

/** Puts the chosen language, mode and brand on `root` (the preview's `<html>`) and paints the canvas. */
export function applyGlobals(root: HTMLElement, globals: ArkiGlobals): void {
  const doc = root.ownerDocument;
  if (!canvas) {
    canvas = new CSSStyleSheet();
    canvas.replaceSync(canvasCss);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, canvas];
  }
  root.lang = globals.locale ?? 'fi';
  root.setAttribute('data-arki-mode', globals.mode ?? 'light');
  if (globals.brand && globals.brand !== 'arki') root.setAttribute('data-arki-brand', globals.brand);
  else root.removeAttribute('data-arki-brand');
}
