export function row(fields) {
  const ratio = Math.round((fields.value / fields.baseline) * 100) / 100;
  const match = /^([≤≥])\s*([\d.]+)/.exec(fields.target);
  const met = match ? (match[1] === "≤" ? ratio <= Number(match[2]) : ratio >= Number(match[2])) : undefined;
  return {
    ...fields,
    value: round(fields.value),
    baseline: round(fields.baseline),
    ratio,
    ...(met === undefined ? {} : { met }),
  };
}
function round(value) {
  return value >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000;
}
