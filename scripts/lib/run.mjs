// Runs a command with inherited stdio and resolves to its exit code (never rejects): the runners
// decide what a failure means. A command that cannot start resolves to 127.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/lib/../..). */
export const root = fileURLToPath(new URL('../..', import.meta.url));

const isWindows = process.platform === 'win32';

/**
 * @param {string} command e.g. 'npm'
 * @param {string[]} args
 * @param {{ env?: Record<string, string> }} [options] extra environment variables
 * @returns {Promise<number>}
 */
export function run(command, args, options = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...options.env },
      shell: isWindows, // npm/npx are .cmd files there
    });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}
