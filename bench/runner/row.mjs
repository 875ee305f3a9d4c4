// The rows measured on the Node side (initial JavaScript, the slider drag), built exactly as bench/row.ts
// builds the page's: the same rounding and the same derivation of `ratio` and `met`.

/**
 * @param {{ name: string, value: number, unit: string, target?: number, baseline?: number, ratioTarget?: number, higherIsBetter?: boolean }} spec
 * @returns {import('./report.mjs').Row}
 */
export function row(spec) {
  const { name, unit, baseline, higherIsBetter = false } = spec;
  const value = round(spec.value, 3);
  const ratio =
    baseline === undefined || baseline === 0 || value === 0
      ? null
      : round(higherIsBetter ? value / baseline : baseline / value, 2);
  const target = spec.target ?? null;
  const ratioTarget = spec.ratioTarget ?? null;
  const valueMet = target === null ? null : higherIsBetter ? value >= target : value <= target;
  const ratioMet = ratioTarget === null ? null : ratio !== null && ratio >= ratioTarget;
  const met = valueMet === null && ratioMet === null ? null : valueMet !== false && ratioMet !== false;
  return {
    name,
    value,
    unit,
    target,
    baseline: baseline === undefined ? null : round(baseline, 3),
    ratio,
    ratioTarget,
    met,
    better: higherIsBetter ? 'higher' : 'lower',
  };
}

function round(value, decimals) {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
