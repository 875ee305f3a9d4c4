// Installs npm dependencies when they are missing or older than package-lock.json.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './run.mjs';

const mtime = (path) => statSync(path).mtimeMs;

/** npm writes node_modules/.package-lock.json on every install, so its age is the install's age. */
function installIsStale() {
  const modules = join(root, 'node_modules');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(modules)) return 'node_modules is missing';
  if (!existsSync(lock)) return false;
  const marker = join(modules, '.package-lock.json');
  const installedAt = existsSync(marker) ? mtime(marker) : mtime(modules);
  return installedAt < mtime(lock) ? 'node_modules is older than package-lock.json' : false;
}

/** @returns {Promise<boolean>} true when dependencies are in place. */
export async function ensureDependencies() {
  const reason = installIsStale();
  if (!reason) return true;
  console.log(`${reason}: installing dependencies`);
  const hasLock = existsSync(join(root, 'package-lock.json'));
  const code = await run('npm', hasLock ? ['ci'] : ['install']);
  if (code !== 0) console.error(`npm ${hasLock ? 'ci' : 'install'} failed with exit code ${code}`);
  return code === 0;
}
