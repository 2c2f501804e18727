import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(resolve(ROOT, file));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('icons', () => {
  it.each([16, 32, 48, 96, 128])('public/icon/%i.png has the size its name says', (size) => {
    expect(pngSize(`public/icon/${size}.png`)).toEqual([size, size]);
  });

  it('are up to date with store/icon.svg', () => {
    // Throws (exit code 1) when a committed PNG differs from a fresh rendering of the SVG.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/make-icons.ts', '--check'], { cwd: ROOT, stdio: 'pipe' });
  });
});
