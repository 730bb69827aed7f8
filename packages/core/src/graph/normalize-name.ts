/** Normalises a name for lookup: NFKC, lower case, letters and digits only ("Control Plane" = "control-plane"). */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
