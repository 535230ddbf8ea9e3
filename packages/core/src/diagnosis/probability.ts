/**
 * The two distributions attainability rests on (attainability contract "The chance"): the
 * standard normal CDF `Φ` and the upper tail of a binomial. Hand-written because both are a few
 * lines and exact enough: `Φ` by Marsaglia's series (J. Stat. Softw. 11(4), 2004), absolute error
 * below 1e-15 on |x| ≤ 8 (its test checks published values to 1e-12); beyond 8 the tail is below
 * 1e-15 and is returned as 0 or 1.
 */

/** `ln √(2π)`. */
const LOG_SQRT_TWO_PI = 0.9189385332046728;

/** `Φ(x)`: the probability that a standard normal draw is at most `x`. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < -8) return 0;
  if (x > 8) return 1;
  const square = x * x;
  let sum = x;
  let previous = 0;
  let term = x;
  for (let odd = 1; sum !== previous; ) {
    previous = sum;
    odd += 2;
    term *= square / odd;
    sum = previous + term;
  }
  return Math.min(1, Math.max(0, 0.5 + sum * Math.exp(-0.5 * square - LOG_SQRT_TWO_PI)));
}

/** `ln i!` for i = 0..n, grown on demand (plans hold at most ~530 business days). */
const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) {
    logFactorials.push((logFactorials[i - 1] as number) + Math.log(i));
  }
  return logFactorials[n] as number;
}

/** `P(Binomial(n, s) ≥ k)`: 1 when `k ≤ 0`, 0 when `k > n`. */
export function binomialTail(n: number, s: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (s <= 0) return 0;
  if (s >= 1) return 1;
  const logS = Math.log(s);
  const logFail = Math.log1p(-s);
  const logNFactorial = logFactorial(n);
  let tail = 0;
  for (let i = k; i <= n; i++) {
    tail += Math.exp(logNFactorial - logFactorial(i) - logFactorial(n - i) + i * logS + (n - i) * logFail);
  }
  return Math.min(1, Math.max(0, tail));
}
