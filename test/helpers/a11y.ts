import type { AxeResults, RunOptions, Result } from 'axe-core';
import { installTokens } from '../../src/tokens/install.js';

installTokens();

declare global {
  interface Window {
    axe?: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * The project's axe configuration, the same for unit tests and the story sweep:
 * WCAG 2.0/2.1/2.2 A and AA plus best practice, with `target-size` (off by default in axe)
 * switched on. Page-level rules are off for component fixtures, which are not pages.
 */
export const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    'target-size': { enabled: true },
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
  resultTypes: ['violations', 'incomplete'],
};

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  // @ts-expect-error: the UMD build registers window.axe; it has no module types.
  if (!window.axe) await import('axe-core/axe.min.js');
  return window.axe!;
}

export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/** Runs axe on `el` and returns the results (violations and incomplete). */
export async function runAxe(el: Element, options: RunOptions = axeOptions): Promise<AxeResults> {
  const axe = await loadAxe();
  return axe.run(el, options);
}

/** Fails with a readable list when axe finds any violation in `el`. */
export async function expectAccessible(el: Element): Promise<void> {
  const { violations } = await runAxe(el);
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s):\n${formatViolations(violations)}`);
}

/** Role and accessible name as axe computes them over the flat tree (shadow roots and slots). */
interface AxeInternals {
  setup(node: Element): unknown;
  teardown(): void;
  utils: { getNodeFromTree(el: Element): unknown };
  commons: { aria: { getRole(v: unknown): string | null }; text: { accessibleTextVirtual(v: unknown): string } };
}
export async function roleAndName(root: Element, el: Element): Promise<{ role: string | null; name: string }> {
  await runAxe(root); // loads axe
  const axe = (window as unknown as { axe: AxeInternals }).axe;
  axe.setup(root);
  try {
    const v = axe.utils.getNodeFromTree(el);
    return { role: axe.commons.aria.getRole(v), name: axe.commons.text.accessibleTextVirtual(v).replace(/\s+/g, ' ').trim() };
  } finally {
    axe.teardown();
  }
}
