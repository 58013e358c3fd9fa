// npm run build: tokens and themes → JS entries and bundle → declarations → manifest.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('node', ['scripts/build-tokens.mjs']);
await run('npx', ['rollup', '-c', '--silent']);
await run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await run('npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
console.log('build: dist/ and custom-elements.json written');
