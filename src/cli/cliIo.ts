import type { CalendarDate } from '../domain/analyzeWorkbook';

/** What the command line needs from the world, so that tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a whole file so that a reader never sees it half-written. */
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  readonly exists: (path: string) => Promise<boolean>;
  /** True when two paths name the same file (through links, or letter case on such a disk). */
  readonly sameFile: (a: string, b: string) => Promise<boolean>;
  readonly today: () => CalendarDate;
  readonly hasLibreOffice: () => Promise<boolean>;
  readonly convertToPdf: (xlsx: Uint8Array, language: 'da' | 'en') => Promise<Uint8Array>;
}
