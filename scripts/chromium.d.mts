/** Types of chromium.mjs, for the TypeScript workspaces that import it. */
export function chromiumPath(env?: Readonly<Record<string, string | undefined>>): string;
export const CHROMIUM_FLAGS: readonly string[];
