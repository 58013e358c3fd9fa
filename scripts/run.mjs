// Runs commands for the scripts: one with inherited output (`run`), or several side by side with
// their output held back and printed whole, in order, as each finishes (`runAll`).
import { spawn } from 'node:child_process';

const failure = (cmd, args, code, signal) =>
  Object.assign(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`), { code: code ?? 1 });

/** Runs a command with inherited output; rejects with its exit code (or signal). */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(failure(cmd, args, code, signal))));
  });
}

/**
 * Runs `[title, cmd, args]` steps at the same time. Each step's output is printed in one piece
 * when it ends, after its "▶ title" line and followed by "✓ title (s)" or "✗ title failed …".
 * Resolves to the failed steps (empty when all passed).
 */
export async function runAll(steps, options = {}) {
  const failed = [];
  await Promise.all(steps.map(([title, cmd, args]) => new Promise((resolve) => {
    const t = Date.now();
    const chunks = [];
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    const done = (error) => {
      const s = ((Date.now() - t) / 1000).toFixed(1);
      const out = Buffer.concat(chunks).toString().trimEnd();
      process.stdout.write(`\n▶ ${title}\n${out ? `${out}\n` : ''}`);
      if (error) {
        failed.push({ title, error });
        process.stdout.write(`✗ ${title} failed after ${s} s: ${error.message}\n`);
      } else process.stdout.write(`✓ ${title} (${s} s)\n`);
      resolve();
    };
    child.on('error', done);
    child.on('close', (code, signal) => done(code === 0 ? undefined : failure(cmd, args, code, signal)));
  })));
  return failed;
}
