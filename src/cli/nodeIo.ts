import { access, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from './cliIo';
import { convertToPdf, hasLibreOffice } from './convertToPdf';

/** Writes to a temporary file beside the target, then renames it into place. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** The command line's real input and output. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: writeAtomically,
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  sameFile: async (a, b) => {
    if (resolve(a) === resolve(b)) return true;
    // Different names can still be one file: a link, or another letter case on such a disk.
    const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
    return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
  },
  hasLibreOffice,
  convertToPdf,
  today: () => {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  },
};
