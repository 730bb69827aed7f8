/**
 * Test support: how long the sustained-load test runs. CI runs the short setting; vitest.load.config.ts hands
 * the full one to src/load.test.ts through vitest's `provide`.
 */
export interface LoadSettings {
  /** Seconds of measured load. */
  loadSeconds: number;
  /** Seconds of warm-up before the first memory reading. */
  warmupSeconds: number;
}

declare module "vitest" {
  export interface ProvidedContext extends Partial<LoadSettings> {}
}

export const SHORT_LOAD: LoadSettings = { loadSeconds: 5, warmupSeconds: 2 };
export const FULL_LOAD: LoadSettings = { loadSeconds: 60, warmupSeconds: 10 };
