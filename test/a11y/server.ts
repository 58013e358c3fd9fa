// Browser side of scripts/a11y-wtr-plugin.mjs: what the page cannot do itself.
import { executeServerCommand } from '@web/test-runner-commands';
import type { Clip } from './page-checks.js';

export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

export interface Unsupported {
  supported: false;
  reason: string;
}
export type Shot = { supported: true; png: string; clipped: boolean } | Unsupported;

/** Forced-colours emulation on or off. Says so when the engine has none. */
export async function setForcedColors(active: boolean): Promise<{ supported: true; method: string } | Unsupported> {
  const r = await executeServerCommand<{ supported: true; method: string } | Unsupported, unknown>('arki-a11y:media', { forcedColors: active });
  if (!r) return { supported: false, reason: 'the arki-a11y plugin is not registered in web-test-runner.config.mjs' };
  if (r.supported && matchMedia('(forced-colors: active)').matches !== active) {
    return { supported: false, reason: `${r.method} ran but (forced-colors: active) does not match` };
  }
  return r;
}

/** Fixes Date in the page (Chromium, through Playwright's clock), so nothing depends on today. */
export async function fixClock(time: string): Promise<{ supported: true } | Unsupported> {
  return (await executeServerCommand<{ supported: true } | Unsupported, unknown>('arki-a11y:clock', { time })) ?? { supported: false, reason: 'the arki-a11y plugin is not registered' };
}

export type AriaResult = { supported: true; ok: boolean; status: 'same' | 'new' | 'missing' | 'changed' | 'updated'; diff?: string } | Unsupported;

/** The Playwright ARIA snapshot of `#storybook-root`, compared with the committed one (`dry`: not recorded). */
export async function checkAriaSnapshot(id: string, label: string, { dry = false } = {}): Promise<AriaResult> {
  return (await executeServerCommand<AriaResult, unknown>('arki-a11y:aria', { id, label, dry })) ?? { supported: false, reason: 'the arki-a11y plugin is not registered' };
}

/** Writes new snapshots; returns those of stories that no longer exist (`complete`: every story ran). */
export async function flushAriaSnapshots(complete: boolean): Promise<{ stale: string[] }> {
  return (await executeServerCommand<{ stale: string[] }, unknown>('arki-a11y:aria-flush', { complete })) ?? { stale: [] };
}

/** A PNG of a CSS-px area of the viewport (or of the whole viewport, `clipped: false`). */
export async function screenshot(clip: Clip): Promise<Shot> {
  const { x, y, width, height } = clip;
  const r = await executeServerCommand<Shot, unknown>('arki-a11y:screenshot', { x, y, width, height });
  return r ?? { supported: false, reason: 'the arki-a11y plugin is not registered' };
}

/** A result a person must review (axe incomplete, IBM potential, a skipped check, ...). */
export interface ReviewEntry {
  tool: string;
  kind: string;
  story?: string;
  mode?: string;
  locale?: string;
  rule?: string;
  message?: string;
  targets?: string[];
}

const pending: ReviewEntry[] = [];

export function review(...entries: ReviewEntry[]): void {
  pending.push(...entries);
}

/** Sends what was collected to the server; at the end of a file, writes reports/a11y-review.json. */
export async function flushReview(final = false): Promise<{ file: string; counts: Record<string, Record<string, number>> } | undefined> {
  if (pending.length) await executeServerCommand('arki-a11y:record', { entries: pending.splice(0) });
  if (final) return executeServerCommand('arki-a11y:flush', {});
  return undefined;
}

/** Counts by "tool kind", for the summary line. */
export function countBy(entries: ReviewEntry[]): string {
  const c = new Map<string, number>();
  for (const e of entries) c.set(`${e.tool} ${e.kind}`, (c.get(`${e.tool} ${e.kind}`) ?? 0) + 1);
  return [...c].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none';
}

export interface SweepConfig {
  /** A regex over story ids (ARKI_STORIES), to run part of the sweep while working. */
  stories: RegExp | null;
  modes: string[];
  /** IBM runs in these modes (its colour rule is the only one that depends on the mode; axe checks contrast in every mode). */
  ibmModes: string[];
  screenshotModes: string[];
  /** Modes of the focus check (Firefox: light and high contrast; Chromium and WebKit: light). */
  focusModes: string[];
  /** Locales of the reflow and text-spacing checks. */
  locales: string[];
}

/** The sweep's knobs, from the environment of the test runner (see scripts/a11y-wtr-plugin.mjs). */
export async function sweepConfig(): Promise<SweepConfig> {
  const env = (await executeServerCommand<Record<string, string>, unknown>('arki-a11y:config', {})) ?? {};
  const list = (v: string | undefined, dflt: string) => (v || dflt).split(',').map((s) => s.trim()).filter(Boolean);
  const chromium = engine === 'chromium';
  return {
    stories: env.stories ? new RegExp(env.stories, 'i') : null,
    // Colours are computed the same in every engine, so contrast in dark and high-contrast mode is
    // checked in Chromium; Firefox and WebKit check light mode (ARKI_A11Y_MODES for more).
    modes: list(env.modes, chromium ? 'light,dark,contrast' : 'light'),
    ibmModes: list(env.ibmModes, 'light'),
    screenshotModes: list(env.screenshotModes, 'light'),
    // Focus rings in dark mode use the same rule as light mode with other token colours, whose
    // contrast the token table checks in every brand. High contrast (thicker rings) is measured in
    // Firefox, where the check costs least on CI's two cores; ARKI_A11Y_FOCUS_MODES for more.
    focusModes: list(env.focusModes, engine === 'firefox' ? 'light,contrast' : 'light'),
    // Swedish: the stories' content stays Finnish and the Swedish component strings are the longest.
    locales: list(env.locales, 'sv'),
  };
}
