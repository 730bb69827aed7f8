/**
 * What of a request target may be logged. The API takes no credentials, but clients paste tokens into URLs
 * (`?token=…`, `?access_token=…`, a bare `?eyJhbGci…`): parameters the API defines are kept as sent; any other
 * one is replaced whole, name and value, since the name may be the secret. (The client's 400 still names it.)
 */

/** Replaces redacted names and values. */
export const REDACTED = "[redacted]";

/**
 * @param url the request target as received (path and query, still percent-encoded)
 * @param known parameter names whose values are logged as sent
 */
export function redactQuery(url: string, known: ReadonlySet<string>): string {
  const mark = url.indexOf("?");
  if (mark === -1) return url;
  const pairs = url
    .slice(mark + 1)
    .split("&")
    .map((pair) => {
      if (pair === "") return pair;
      const equals = pair.indexOf("=");
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return known.has(name) ? pair : REDACTED;
    });
  return `${url.slice(0, mark)}?${pairs.join("&")}`;
}
