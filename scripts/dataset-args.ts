/** The command line the dataset scripts share (eval:extraction, sweep): `<dir>... [--limit N] [--json]`. */
import { resolve } from 'node:path';

/** A command line the script can't run: reported in one line, exit code 2. */
export class UsageError extends Error {}

export interface DatasetArgs {
  /** The dataset folders given, resolved. */
  dirs: string[];
  json: boolean;
  /** Only the first N pages of each dataset. */
  limit?: number;
}

export function parseDatasetArgs(argv: string[], usage: string): DatasetArgs {
  const dirs: string[] = [];
  let json = false;
  let limit: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--limit') {
      limit = Number(argv[++i]);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(usage);
    } else if (arg.startsWith('-')) throw new UsageError(usage);
    else dirs.push(resolve(arg));
  }
  return { dirs, json, limit };
}
