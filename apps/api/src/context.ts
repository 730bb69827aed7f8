/** Everything a request handler may read: the loaded knowledge, its search index, settings and caches. */
import { createSearchIndex, type KnowledgeGraph, type Layout, type SearchIndex } from "@kubenotes/core";
import type { ServerSettings } from "./config.js";
import { type CompressionCache, createCompressionCache } from "./http/compress-body.js";
import { LruCache } from "./http/lru-cache.js";
import type { Representation } from "./http/representation.js";

/** A validated graph with its layout and content hash (what `readSnapshot` returns). */
export interface Knowledge {
  graph: KnowledgeGraph;
  layout: Layout;
  contentHash: string;
}

export interface ApiContext extends Knowledge {
  searchIndex: SearchIndex;
  settings: ServerSettings;
  /**
   * Finished responses by operation and validated input. A context's graph never changes (a reload builds a
   * new context with empty caches), so they never go stale.
   */
  responses: LruCache<Representation>;
  /** Request target (operation and URL as sent) → key of its validated input in `responses`: a URL seen before skips validation. */
  inputKeys: LruCache<string>;
  compression: CompressionCache;
  /** `Cache-Control` of API data. */
  cacheControl: string;
}

/** Most responses kept (and their total size); a response cache hit skips presenting and hashing. */
const RESPONSE_CACHE_ENTRIES = 2_000;
const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;
const INPUT_KEYS_BYTES = 4 * 1024 * 1024;
const COMPRESSION_CACHE_BYTES = 32 * 1024 * 1024;

/** Builds everything derived from the knowledge (the search index) and empty caches; `knowledge` is not copied. */
export function createContext(knowledge: Knowledge, settings: ServerSettings): ApiContext {
  return {
    ...knowledge,
    searchIndex: createSearchIndex(knowledge.graph),
    settings,
    responses: new LruCache(RESPONSE_CACHE_ENTRIES, RESPONSE_CACHE_BYTES),
    inputKeys: new LruCache(RESPONSE_CACHE_ENTRIES * 4, INPUT_KEYS_BYTES),
    compression: createCompressionCache(RESPONSE_CACHE_ENTRIES, COMPRESSION_CACHE_BYTES),
    cacheControl: `public, max-age=${settings.cacheMaxAgeSeconds}`,
  };
}
