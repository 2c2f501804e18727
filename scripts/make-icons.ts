/**
 * Renders Lede's icon (store/icon.svg, the one source) to the PNGs the extension and the
 * stores need, and commits nothing by itself: run `npm run icons` after changing the SVG and
 * commit the results. `--check` renders without writing and fails when a committed PNG no
 * longer matches the SVG, so a changed drawing is not shipped with stale icons.
 *
 * - public/icon/{16,32,48,96,128}.png: toolbar, menus and extension pages; WXT lists them
 *   in the manifest.
 * - store/store-icon-128.png: the Chrome Web Store icon, 96 px of mark in 16 px of clear
 *   space, as the store's image guidelines ask.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, 'store/icon.svg');
const SIZES = [16, 32, 48, 96, 128];

function render(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** The same drawing shrunk to 96/128 of the canvas, centred, with transparent margins. */
function withClearSpace(svg: string): string {
  const margin = (128 * 128) / 96 / 2 - 64;
  const span = 128 + 2 * margin;
  return svg.replace('viewBox="0 0 128 128"', `viewBox="${-margin} ${-margin} ${span} ${span}"`);
}

async function main() {
  const check = process.argv.includes('--check');
  const svg = await readFile(SOURCE, 'utf8');
  const outputs = [
    ...SIZES.map((size) => ({ file: `public/icon/${size}.png`, png: render(svg, size) })),
    { file: 'store/store-icon-128.png', png: render(withClearSpace(svg), 128) },
  ];
  const stale: string[] = [];
  for (const { file, png } of outputs) {
    const path = resolve(ROOT, file);
    if (!check) {
      await writeFile(path, png);
      console.log(`wrote ${file} (${png.length} bytes)`);
    } else if (!(await readFile(path).catch(() => Buffer.alloc(0))).equals(png)) {
      stale.push(file);
    }
  }
  if (stale.length) {
    console.error(`icons out of date with store/icon.svg: ${stale.join(', ')}. Run \`npm run icons\`.`);
    process.exit(1);
  }
}

await main();
