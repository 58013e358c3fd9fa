// Runs a command with inherited output; rejects with its exit code. Shared by the scripts.
import { spawn } from 'node:child_process';

export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(Object.assign(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? code})`), { code: code ?? 1 })));
  });
}
