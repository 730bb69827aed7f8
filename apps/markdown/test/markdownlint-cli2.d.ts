/** Types for the markdownlint-cli2 subpaths the tests use; they re-export markdownlint, which ships its own types. */
declare module "markdownlint-cli2/markdownlint/promise" {
  export * from "markdownlint/promise";
}

declare module "markdownlint-cli2/parsers" {
  import type { ConfigurationParser } from "markdownlint";

  const parsers: ConfigurationParser[];
  export default parsers;
}
