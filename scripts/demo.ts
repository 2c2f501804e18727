/**
 * `npm run demo`: after the build, runs Lede's pipeline on the bundled demo article (there
 * is no display here to open the popup) and says where the built extension is.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../node/datasets';

const demo = resolve(PROJECT_ROOT, 'demo/article.html');
const run = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'bin/lede.mjs'), demo], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`\nLede is built in ${resolve(PROJECT_ROOT, '.output/chrome-mv3')}.
To use it: open chrome://extensions, turn on Developer mode, choose "Load unpacked" and pick that folder.
Then open demo/article.html (or any news page) and press the Lede button or Alt+Shift+L.`);
