// `npm start`: install dependencies if needed, build the production bundle and serve it (with its
// service worker, so the app installs and works offline) at http://localhost:4173.
import { ensureDependencies } from './lib/deps.mjs';
import { run } from './lib/run.mjs';

if (!(await ensureDependencies())) process.exit(1);
const buildCode = await run('npm', ['run', 'build']);
if (buildCode !== 0) process.exit(buildCode);
console.log('\nChronoledger is served at http://localhost:4173 (Ctrl-C to stop)');
process.exitCode = await run('npx', ['vite', 'preview', '--port', '4173', '--strictPort']);
