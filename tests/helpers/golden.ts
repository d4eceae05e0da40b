import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { FIXTURES } from './fixtures';

/**
 * A committed golden file under tests/fixtures/golden. `UPDATE_GOLDEN=1 npx jest` rewrites it
 * with `actual` after a deliberate change to the report; review the diff before committing.
 * CI never sets it, so there a changed model fails the test.
 */
export function golden(name: string, actual: unknown): unknown {
  const path = join(FIXTURES, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1')
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}
