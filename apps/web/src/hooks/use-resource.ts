/** Loads data for a key (cancelling the previous load); the key is the dependency, not the function. */
import { useEffect, useRef, useState } from "react";

export type Resource<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; error: unknown };

/**
 * @param key the load runs again whenever the key changes; `undefined` means nothing to load (status idle)
 * @param load receives an AbortSignal aborted when the key changes or the component unmounts
 * @param arrived asked once, on the first render: data for the first key that is already at hand (a prefetched
 *   answer); the first render is then ready and nothing is loaded for that key. Default: none, always load.
 */
export function useResource<T>(
  key: string | undefined,
  load: (signal: AbortSignal) => Promise<T>,
  arrived?: () => T | undefined,
): Resource<T> {
  const [state, setState] = useState<{ key?: string; resource: Resource<T> }>(() => {
    const data = key === undefined ? undefined : arrived?.();
    return data === undefined
      ? { resource: { status: "idle" } }
      : { key, resource: { status: "ready", data } };
  });
  // The key whose data came with the first render: its load is skipped, once (a later return to it loads).
  const arrivedKey = useRef(state.key);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names everything `load` depends on.
  useEffect(() => {
    if (key === undefined) {
      setState({ resource: { status: "idle" } });
      return;
    }
    if (key === arrivedKey.current) return;
    arrivedKey.current = undefined;
    const controller = new AbortController();
    setState((previous) => ({
      key,
      resource: previous.key === key ? previous.resource : { status: "loading" },
    }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, resource: { status: "ready", data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, resource: { status: "error", error } });
      },
    );
    return () => controller.abort();
  }, [key]);
  if (key === undefined) return { status: "idle" };
  return state.key === key ? state.resource : { status: "loading" };
}
