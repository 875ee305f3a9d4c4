// The "initial JavaScript" row, measured on the Node side: the app's own production build (its vite.config.ts,
// PWA plugin included) into a temporary directory, so that dist/ is left alone (buildApp; the slider-drag row
// serves the same build), then the gzipped size of every script its index.html loads before anything else:
// the entry (<script type="module" src>) and the chunks Vite preloads with it (<link rel="modulepreload"
// href>). Lazily imported chunks and workers are not initial.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_ROW = 'Initial JavaScript (gzipped)';

/** @param {string} html @returns {string[]} the paths, as written, of the scripts loaded initially */
export function initialScripts(html) {
  const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => attribute(tag, 'type') === 'module')
    .map((tag) => attribute(tag, 'src'));
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => attribute(tag, 'rel') === 'modulepreload')
    .map((tag) => attribute(tag, 'href'));
  return [...new Set([...scripts, ...preloads].filter((path) => path !== undefined))];
}

/**
 * Builds the app (production, its own vite.config.ts) into a new temporary directory, leaving dist/ alone.
 * The slider-drag row (bench/runner/drag.mjs) serves the same build; `minify: false` is for profiling only.
 * @param {string} root the repository
 * @param {{ minify?: boolean }} [options]
 * @returns {Promise<{ dir: string, dispose: () => void }>}
 */
export async function buildApp(root, { minify = true } = {}) {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'chronoledger-app-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, ...(minify ? {} : { minify: false }) },
    });
  } catch (error) {
    dispose();
    throw error;
  }
  return { dir, dispose };
}

/**
 * The gzipped kilobytes of the initial scripts of the app built in `dir` (see buildApp).
 * @param {string} dir
 * @param {(message: string) => void} log
 * @returns {number}
 */
export function measureInitialJs(dir, log) {
  const scripts = initialScripts(readFileSync(join(dir, 'index.html'), 'utf8'));
  if (scripts.length === 0) throw new Error('The built index.html loads no module script.');
  let total = 0;
  for (const script of scripts) {
    const source = readFileSync(join(dir, new URL(script, 'http://app/').pathname));
    const gzipped = gzipSync(source).length;
    total += gzipped;
    log(`  ${script}: ${kb(source.length)} kB, ${kb(gzipped)} kB gzipped`);
  }
  return Number(kb(total));
}

/** The row, with the target the page reports (bench/targets.ts is TypeScript, which this script cannot read). */
export function initialJsRow(kilobytes, targetKb) {
  return {
    name: INITIAL_JS_ROW,
    value: kilobytes,
    unit: 'kB',
    target: targetKb,
    baseline: null,
    ratio: null,
    ratioTarget: null,
    met: kilobytes <= targetKb,
    better: 'lower',
  };
}

/** Kilobytes of 1,000 bytes, as Vite reports them, to 0.01. */
const kb = (bytes) => (bytes / 1000).toFixed(2);
