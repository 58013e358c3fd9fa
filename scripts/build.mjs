// npm run build: tokens and themes first; then, side by side, JS entries and bundle (rollup),
// declarations (tsc) and the manifest (custom-elements.json), which do not depend on each other.
import { rmSync } from 'node:fs';
import { run, runAll } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('node', ['scripts/build-tokens.mjs']);
const failed = await runAll([
  ['entries and bundle (rollup)', 'npx', ['rollup', '-c', '--silent']],
  ['declarations (tsc)', 'npx', ['tsc', '-p', 'tsconfig.build.json']],
  ['custom-elements.json', 'npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']],
]);
if (failed.length) process.exit(failed[0].error.code || 1);
console.log('build: dist/ and custom-elements.json written');
