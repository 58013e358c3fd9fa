// Rollup plugin: TypeScript → JavaScript with esbuild's transform, file by file. Type checking is
// `tsc --noEmit` in npm test, so the build need not build a TypeScript program (twice: entries
// and bundle), which was three quarters of its time. Also resolves `./x.js` to `./x.ts`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';

export function esbuildTs({ target = 'es2022' } = {}) {
  return {
    name: 'arki-esbuild-ts',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const ts = path.resolve(path.dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(ts) ? ts : null;
    },
    async transform(code, id) {
      if (!/\.ts$/.test(id) || id.endsWith('.d.ts')) return null;
      const r = await transform(code, {
        loader: 'ts', format: 'esm', target, sourcemap: true, sourcefile: id,
        // As tsconfig.json: Lit's reactive properties are accessors that class fields must not shadow.
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, experimentalDecorators: true } },
      });
      return { code: r.code, map: r.map };
    },
  };
}
