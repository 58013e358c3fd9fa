// npm test: every component entry, imported for its side effect the way an app does
// (`import '@arki/ui/components/dialog/dialog.js'`) and bundled by rollup with the package's
// `sideEffects` list, still registers its element. A shared chunk left out of `sideEffects`
// is dropped by bundlers when the entry only re-exports from it, and the tag is never defined.
// Both the default (production) and the `development` entries are checked. Needs dist/.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

if (!existsSync('dist/components')) {
  console.error('side-effects: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
// A scratch app with the package installed by a link, as `npm install` from a folder would.
const app = mkdtempSync(path.join(os.tmpdir(), 'arki-side-effects-'));
mkdirSync(path.join(app, 'node_modules/@arki'), { recursive: true });
symlinkSync(process.cwd(), path.join(app, 'node_modules/@arki/ui'), 'dir');

const components = readdirSync('dist/components').filter((c) => existsSync(`dist/components/${c}/${c}.js`));
const missing = [];
try {
  for (const condition of ['production', 'development']) {
    for (const c of components) {
      const id = `@arki/ui/components/${c}/${c}.js`;
      const bundle = await rollup({
        input: 'app',
        external: [/^lit(\/.*)?$/, /^@lit\//],
        plugins: [
          { name: 'app', resolveId: (s) => (s === 'app' ? '\0app' : null), load: (s) => (s === '\0app' ? `import '${id}';` : null) },
          nodeResolve({ rootDir: app, exportConditions: condition === 'development' ? ['development'] : [] }),
        ],
        onwarn: () => {},
      });
      const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
      await bundle.close();
      const code = output.map((o) => ('code' in o ? o.code : '')).join('\n');
      // defineElement('arki-x', Class), minified or not.
      if (!new RegExp(`\\(\\s*["']arki-${c}["']\\s*,\\s*[\\w$]+\\s*\\)`).test(code)) missing.push(`${condition}: ${id}`);
    }
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}
if (missing.length) {
  console.error(`side-effects: ${missing.length} entries do not register their element when bundled (is a shared chunk missing from package.json "sideEffects"?):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`side-effects: all ${components.length} component entries register their element when bundled (production and development)`);
