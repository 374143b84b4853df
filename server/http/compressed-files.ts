import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { LRUCache } from 'lru-cache';
import { compress } from './compression.ts';
import type { ContentCoding } from './negotiate.ts';

/** What compressing one version of a file gave: its bytes, or undefined when they were no smaller than the file. */
interface Entry {
  readonly body: Buffer | undefined;
}

/**
 * Compressed versions of the client's files, each made once and kept: a version is the file's path, inode,
 * modification time and size, so a rebuild (a new index.html, new fingerprinted names) is compressed afresh and
 * the old versions age out. Bounded by their total size, least recently used dropped first. Concurrent requests
 * for a version not yet made share one compression; a failed one is not kept.
 */
export class CompressedFiles {
  private readonly made: LRUCache<string, Entry>;
  private readonly making = new Map<string, Promise<Entry>>();

  constructor(maxBytes: number) {
    this.made = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => Math.max(1, entry.body?.length ?? 0),
    });
  }

  /**
   * The file open as `handle`, whose `stat` was taken from that handle, compressed with `coding`; undefined when
   * compression does not make it smaller.
   */
  async get(
    file: string,
    handle: FileHandle,
    stat: Stats,
    coding: ContentCoding,
  ): Promise<Buffer | undefined> {
    const key = [coding, file, stat.ino, stat.mtimeMs, stat.size].join('\0');
    const made = this.made.get(key);
    if (made) return made.body;
    let making = this.making.get(key);
    if (!making) {
      making = this.make(key, handle, stat, coding).finally(() => this.making.delete(key));
      this.making.set(key, making);
    }
    return (await making).body;
  }

  /** Total bytes kept (for tests and the docs' figures). */
  get size(): number {
    return this.made.calculatedSize;
  }

  private async make(key: string, handle: FileHandle, stat: Stats, coding: ContentCoding): Promise<Entry> {
    const plain = await handle.readFile();
    const compressed = await compress(plain, coding);
    const entry: Entry = { body: compressed.length < plain.length ? compressed : undefined };
    const after = await handle.stat();
    // Written to in place while it was read: what was read is served once, but kept under no version's name.
    if (plain.length === stat.size && after.size === stat.size && after.mtimeMs === stat.mtimeMs) {
      this.made.set(key, entry);
    }
    return entry;
  }
}
