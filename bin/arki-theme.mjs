#!/usr/bin/env node
// arki-theme: make a municipal brand theme from a few brand inputs, with the contrast guarantee.
// Self-contained: uses the theme library only (no Style Dictionary), so it runs from the
// installed package. Exit codes: 0 written, 1 the request cannot be met (nothing written), 2 usage.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: arki-theme --name <id> --primary <color> [options] --out <dir>

Derives every semantic colour for light, dark and high-contrast modes from your brand colours,
adjusting tones until every pair in the Arki contrast table passes, and writes:
  <dir>/<id>.json          brand token file (DTCG), the same shape as tokens/brands/*.json
  <dir>/<id>.css           the theme: [data-arki-brand="<id>"], all three modes
  <dir>/<id>.tokens.json   resolved values per mode, adjustments and every contrast ratio

Options:
  --name <id>              lowercase letters, digits and hyphens; used as data-arki-brand="<id>"
  --primary <color>        #rrggbb, rgb(r g b) or oklch(L C H)
  --secondary <color>      optional second brand colour (secondary buttons)
  --font "<stack>"         base font stack, e.g. "Inter, system-ui, sans-serif"
  --heading-font "<stack>" heading font stack (defaults to --font)
  --radius <s,m,l>         corner radii, e.g. 0.25rem,0.5rem,1rem
  --display-name <text>    human name, stored in the token file
  --on-primary <which>     label on primary buttons: auto (default), light or dark
  --keep-primary           fail instead of changing the light-mode primary colour
  --out <dir>              output directory (created if missing)
  -q, --quiet              print only errors
  -h, --help

Load the theme after the core tokens:
  <link rel="stylesheet" href="@arki/ui/tokens/arki.css"> <link rel="stylesheet" href="<id>.css">
  <html data-arki-brand="<id>">   (optionally data-arki-mode="light|dark|contrast")`;

/** @param {string} message */
function usageError(message) {
  console.error(`arki-theme: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** The theme library: built copy in an installed package, source in a repository checkout. */
async function loadLibrary() {
  try {
    return await import(new URL('../dist/theme/index.js', import.meta.url).href);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
  }
  try {
    return await import(new URL('../src/theme/index.js', import.meta.url).href);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    console.error('arki-theme: the theme library is not built; in a repository checkout run `npm run build:tokens` first.');
    process.exit(2);
  }
}

let args;
try {
  args = parseArgs({
    options: {
      name: { type: 'string' },
      primary: { type: 'string' },
      secondary: { type: 'string' },
      font: { type: 'string' },
      'heading-font': { type: 'string' },
      radius: { type: 'string' },
      'display-name': { type: 'string' },
      'on-primary': { type: 'string' },
      'keep-primary': { type: 'boolean', default: false },
      out: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (err) {
  usageError(err.message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
for (const required of ['name', 'primary', 'out']) if (!args[required]) usageError(`--${required} is required`);

/** @type {import('../src/theme/derive.js').BrandInput} */
const input = { name: args.name, primary: args.primary };
if (args.secondary) input.secondary = args.secondary;
if (args.font) input.fontFamily = args.font;
if (args['heading-font']) input.headingFontFamily = args['heading-font'];
if (args['display-name']) input.displayName = args['display-name'];
if (args['on-primary']) input.onPrimary = /** @type {any} */ (args['on-primary']);
if (args['keep-primary']) input.keepPrimary = true;
if (args.radius) {
  const [s, m, l, ...rest] = args.radius.split(',').map((x) => x.trim());
  if (!s || !m || !l || rest.length) usageError('--radius takes three comma-separated lengths: s,m,l');
  input.radius = { s, m, l };
}

const lib = await loadLibrary();
let theme;
try {
  theme = lib.buildTheme(input);
} catch (err) {
  if (err?.name !== 'ThemeError') throw err;
  console.error(`arki-theme: cannot make theme "${args.name}": ${err.message}\nNothing was written.`);
  process.exit(1);
}

const out = path.resolve(args.out);
const files = {
  [`${input.name}.json`]: `${JSON.stringify(theme.tokens, null, 2)}\n`,
  [`${input.name}.css`]: theme.css,
  [`${input.name}.tokens.json`]: `${JSON.stringify(
    {
      ...theme.resolved,
      adjustments: theme.adjustments.map((a) => a.message),
      contrast: theme.contrast.map((r) => ({ mode: r.mode, fg: r.fg, bg: r.bg, ratio: Number(lib.formatRatio(r.ratio)), required: r.required })),
    },
    null,
    2,
  )}\n`,
};
await mkdir(out, { recursive: true });
for (const [file, text] of Object.entries(files)) await writeFile(path.join(out, file), text);

if (!args.quiet) {
  const lines = [`arki-theme: "${input.name}" from primary ${lib.normalizeHex(input.primary)}${input.secondary ? `, secondary ${lib.normalizeHex(input.secondary)}` : ''}`];
  if (theme.adjustments.length) {
    lines.push('adjusted:');
    for (const a of theme.adjustments) lines.push(`  ${a.message}`);
  } else {
    lines.push('no adjustments needed');
  }
  const modes = lib.MODES.map((m) => {
    const primary = theme.resolved.modes[m]['--arki-color-action-primary'];
    const label = theme.resolved.modes[m]['--arki-color-action-on-primary'];
    return `${m} ${primary} with text ${label}`;
  });
  lines.push(`primary button: ${modes.join('; ')}`);
  lines.push(`contrast: all ${theme.contrast.length} pairs pass (${lib.MODES.join(', ')})`);
  const shown = path.relative(process.cwd(), out);
  const dir = !shown ? '.' : shown.startsWith('..') ? out : shown;
  lines.push(`wrote ${Object.keys(files).map((f) => path.join(dir, f)).join(', ')}`);
  console.log(lines.join('\n'));
}
