import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache.js";

describe("LruCache", () => {
  it("evicts the least recently used entry beyond its entry limit", () => {
    const cache = new LruCache<number>(2, 1_000);
    cache.set("a", 1, 1);
    cache.set("b", 2, 1);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3, 1);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("stays under its size limit and refuses entries bigger than it", () => {
    const cache = new LruCache<string>(100, 10);
    cache.set("a", "a", 6);
    cache.set("b", "b", 6);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.set("huge", "h", 11);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("b")).toBe("b");
  });

  it("replaces an entry under the same key", () => {
    const cache = new LruCache<number>(2, 10);
    cache.set("a", 1, 5);
    cache.set("a", 2, 5);
    cache.set("b", 3, 5);
    expect(cache.get("a")).toBe(2);
    expect(cache.get("b")).toBe(3);
  });
});
