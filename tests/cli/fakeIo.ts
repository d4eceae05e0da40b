import { resolve } from 'path';
import type { CliIo } from '../../src/cli/cliIo';
import { runCli } from '../../src/cli/runCli';
import { TODAY } from '../helpers/fixtures';

/** A command line world in memory: files, captured output, a fixed date, no LibreOffice. */
export interface FakeWorld {
  readonly files: Map<string, Uint8Array>;
  readonly io: CliIo;
  stdout: string;
  stderr: string;
  /** The workbooks handed to convertToPdf. */
  readonly converted: Uint8Array[];
}

export interface FakeOptions {
  readonly libreOffice?: boolean;
  readonly files?: Record<string, Uint8Array>;
}

export function fakeWorld(options: FakeOptions = {}): FakeWorld {
  const files = new Map<string, Uint8Array>(Object.entries(options.files ?? {}));
  const world: FakeWorld = {
    files,
    stdout: '',
    stderr: '',
    converted: [],
    io: {
      stdout: (text) => {
        world.stdout += text;
      },
      stderr: (text) => {
        world.stderr += text;
      },
      readFile: (path) => {
        const data = files.get(path);
        if (data) return Promise.resolve(data);
        return Promise.reject(
          Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
            code: 'ENOENT',
          }),
        );
      },
      writeFile: (path, data) => {
        files.set(path, data);
        return Promise.resolve();
      },
      exists: (path) => Promise.resolve(files.has(path)),
      sameFile: (a, b) => Promise.resolve(resolve(a) === resolve(b)),
      today: () => TODAY,
      hasLibreOffice: () => Promise.resolve(options.libreOffice ?? false),
      convertToPdf: (xlsx) => {
        if (!options.libreOffice) return Promise.reject(new Error('LibreOffice is not installed'));
        world.converted.push(xlsx);
        return Promise.resolve(new TextEncoder().encode('%PDF-1.4 fake'));
      },
    },
  };
  return world;
}

/** Runs the command line in a world and returns the exit code with the world. */
export async function run(
  args: string[],
  world: FakeWorld = fakeWorld(),
): Promise<FakeWorld & { code: number }> {
  const code = await runCli(args, world.io);
  return Object.assign(world, { code });
}

/** The non-empty lines of a text. */
export const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
