/**
 * Compresses a representation once per coding and keeps the result: the graph is read-only, so the same
 * body always compresses to the same bytes. Concurrent requests for the same body share one compression.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { ContentEncoding } from "./content-encoding.js";
import { LruCache } from "./lru-cache.js";
import type { Representation } from "./representation.js";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface CompressionCache {
  done: LruCache<Buffer>;
  pending: Map<string, Promise<Buffer>>;
}

/** An empty cache of compressed bodies, bounded by entry count and total bytes. */
export function createCompressionCache(maxEntries: number, maxBytes: number): CompressionCache {
  return { done: new LruCache(maxEntries, maxBytes), pending: new Map() };
}

export async function compressBody(
  cache: CompressionCache,
  representation: Representation,
  encoding: Exclude<ContentEncoding, "identity">,
): Promise<Buffer> {
  const key = `${representation.hash}:${encoding}`;
  const done = cache.done.get(key);
  if (done) return done;
  const pending = cache.pending.get(key);
  if (pending) return pending;
  const work = (
    encoding === "br"
      ? brotli(representation.body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 6,
            [constants.BROTLI_PARAM_SIZE_HINT]: representation.body.length,
          },
        })
      : gzipAsync(representation.body, { level: 6 })
  ).finally(() => cache.pending.delete(key));
  cache.pending.set(key, work);
  const compressed = await work;
  cache.done.set(key, compressed, compressed.length);
  return compressed;
}
