/** A small least-recently-used cache bounded by entry count and total size. Explicit, owned by one server. */
export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; size: number }>();
  #bytes = 0;
  readonly #maxEntries: number;
  readonly #maxBytes: number;

  /**
   * @param maxEntries most entries kept
   * @param maxBytes most total size kept (as reported to `set`)
   */
  constructor(maxEntries: number, maxBytes: number) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, size: number): void {
    if (size > this.#maxBytes) return;
    this.delete(key);
    this.#entries.set(key, { value, size });
    this.#bytes += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.size;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.size;
  }

  get size(): number {
    return this.#entries.size;
  }
}
