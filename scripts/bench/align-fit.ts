/** Logistic regression by Newton's method with a small ridge: a handful of features, a few thousand rows. */
export function fitLogistic(xs: number[][], ys: number[], ridge = 1e-2, iterations = 30): number[] {
  const d = (xs[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  const row = (x: number[]) => [1, ...x];
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x0, n) => {
      const x = row(x0);
      const p = sigmoid(dot(w, x));
      const e = p - (ys[n] as number);
      const s = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        g[a] = (g[a] as number) + e * (x[a] as number);
        const ha = h[a] as number[];
        for (let b = 0; b < d; b++) ha[b] = (ha[b] as number) + s * (x[a] as number) * (x[b] as number);
      }
    });
    for (let a = 1; a < d; a++) {
      g[a] = (g[a] as number) + ridge * (w[a] as number);
      (h[a] as number[])[a] = ((h[a] as number[])[a] as number) + ridge;
    }
    const step = solve(h, g);
    let change = 0;
    for (let a = 0; a < d; a++) {
      w[a] = (w[a] as number) - (step[a] as number);
      change = Math.max(change, Math.abs(step[a] as number));
    }
    if (change < 1e-8) break;
  }
  return w;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const dot = (w: number[], x: number[]) => w.reduce((s, v, k) => s + v * (x[k] ?? 0), 0);
export const predict = (w: number[], x: number[]) => sigmoid(dot(w, [1, ...x]));

/** Gaussian elimination with partial pivoting. */
function solve(a0: number[][], b0: number[]): number[] {
  const n = b0.length;
  const a = a0.map((r, i) => [...r, b0[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[p] as number[])[c] as number)) p = r;
    [a[c], a[p]] = [a[p] as number[], a[c] as number[]];
    const pr = a[c] as number[];
    const piv = (pr[c] as number) || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const rr = a[r] as number[];
      const f = (rr[c] as number) / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) rr[k] = (rr[k] as number) - f * (pr[k] as number);
    }
  }
  return a.map((r, i) => (r[n] as number) / ((r[i] as number) || 1e-12));
}
