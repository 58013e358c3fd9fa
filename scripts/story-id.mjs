// Storybook's story id: the title and the export name, start-cased, lowercased and dashed
// (`Components/Button` + `InAForm` → `components-button--in-a-form`). Shared by the story sweep
// (test/a11y/story-harness.ts) and the accessibility docs generator (scripts/a11y-docs.mjs).

/** @param {string} s */
const startCase = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
/** @param {string} s */
const sanitize = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * @param {string} title the meta's title
 * @param {string} exportName the story's export name
 */
export const storyId = (title, exportName) => `${sanitize(title)}--${sanitize(startCase(exportName))}`;
