/**
 * Keeps each `context.sync()` under Excel on the web's request limit (5 MB): the renderer
 * reports the size of what it queues, and a sync happens whenever the queue would pass the
 * limit. A small sheet is written in the action's final sync; a large one adds one sync per
 * chunk.
 */
export class SyncBudget {
  private queued = 0;
  /** Syncs made because the queue was full. */
  chunkSyncs = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    /** Bytes allowed per request, with room for the request's own envelope. */
    readonly limit = 4_000_000,
  ) {}

  /** Counts queued bytes; syncs first when they would not fit in the current request. */
  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) {
      await this.context.sync();
      this.chunkSyncs += 1;
      this.queued = 0;
    }
    this.queued += bytes;
  }

  /** Bytes queued since the last sync. */
  get pending(): number {
    return this.queued;
  }
}

const utf8 = new TextEncoder();

/** The bytes a value adds to a request, as JSON in UTF-8 (æ, ø, å and ▲ take more than one). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8.encode(json).length;
}

/** What one formatting command costs in a request, besides its values. */
export const COMMAND_BYTES = 160;
