// Build: one ESM entry per component (lit external, shared code in chunks), the root entry,
// the validators, the theme builder library, and one self-contained bundle with lit inside
// for pages with no build step. Declarations come from `tsc -p tsconfig.build.json`; types are
// checked by `tsc --noEmit` in npm test.
import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyLitCss } from './scripts/rollup-minify-css.mjs';
import { minifyLitHtml } from './scripts/rollup-minify-html.mjs';
import { esbuildTs } from './scripts/rollup-esbuild.mjs';

const components = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/components/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

const input = {
  index: 'src/index.ts',
  'validation/index': 'src/validation/index.ts',
  'data/index': 'src/data/index.ts',
  ...(existsSync('src/theme/index.js') ? { 'theme/index': 'src/theme/index.js' } : {}),
  ...Object.fromEntries(components.map((c) => [`components/${c}/${c}`, `src/components/${c}/${c}.ts`])),
};

const ts = () => esbuildTs({ target: 'es2022' });

/**
 * Production entries: `DEV_MODE` in src/base/dev.ts becomes `false`, and rollup drops the
 * warning code and text guarded by it. Fails the build if the line is not there, so a rename
 * cannot silently ship dev code.
 */
function productionMode() {
  const line = 'export const DEV_MODE: boolean = true;';
  return {
    name: 'arki-production-mode',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/base/dev.ts')) return null;
      if (!code.includes(line)) this.error(`src/base/dev.ts must contain "${line}"`);
      return { code: code.replace(line, 'export const DEV_MODE: boolean = false;'), map: null };
    },
  };
}

const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

/** One ESM file per entry in `dir`, shared code in `dir/shared/`. */
const entries = (dir) => ({
  dir,
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'shared/[name]-[hash].js',
  // Maps are written for local debugging but not shipped (package.json `files` leaves them
  // out), so the files carry no `sourceMappingURL` pointing at a map that is not there.
  sourcemap: 'hidden',
});

const external = [/^lit(\/.*)?$/, /^@lit\//, /^lit-html(\/.*)?$/, /^lit-element(\/.*)?$/];

export default [
  // The default entries, for production: minified, no dev warnings.
  {
    input,
    external,
    output: entries('dist'),
    plugins: [productionMode(), nodeResolve(), ts(), minifyLitCss(), minifyLitHtml(), minify()],
  },
  // The `development` export condition (Vite's and webpack's dev modes pick it): dev warnings
  // on, not minified, so stack traces and breakpoints read like the source.
  {
    input,
    external,
    output: entries('dist/development'),
    plugins: [nodeResolve(), ts()],
  },
  // The single-file bundle keeps the warnings: pages with no build step have no dev mode, and
  // they are where a mistyped attribute is most likely.
  {
    input: 'src/index.ts',
    output: { file: 'dist/arki.bundle.js', format: 'es', inlineDynamicImports: true, sourcemap: 'hidden' },
    plugins: [nodeResolve(), ts(), minifyLitCss(), minifyLitHtml(), minify()],
  },
];
