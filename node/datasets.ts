/**
 * The public evaluation data lives beside the project in `../shared/datasets` and is never
 * copied in. Scripts and tests that need it call `datasetPath` and skip when it is absent
 * (a user's clone has no `../shared`; CI always has it).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATASETS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'datasets');

/** Absolute path of a dataset file or folder, or null when the shared data is not here. */
export function datasetPath(...parts: string[]): string | null {
  const path = join(DATASETS_DIR, ...parts);
  return existsSync(path) ? path : null;
}
