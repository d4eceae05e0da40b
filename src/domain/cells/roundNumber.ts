/**
 * Rounds to 10 decimals, the precision at which the domain compares numbers, so that
 * 0.1 + 0.2 equals 0.3. Values too large to carry decimals are returned unchanged.
 */
export function round10(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  return Number(value.toFixed(10)) + 0;
}

/** a ≥ b after rounding both to 10 decimals. */
export function atLeast(a: number, b: number): boolean {
  return round10(a) >= round10(b);
}

/** a ≤ b after rounding both to 10 decimals. */
export function atMost(a: number, b: number): boolean {
  return round10(a) <= round10(b);
}

/** a = b after rounding both to 10 decimals. */
export function sameNumber(a: number, b: number): boolean {
  return round10(a) === round10(b);
}
