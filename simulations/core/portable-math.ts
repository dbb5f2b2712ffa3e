/**
 * log, exp, sin and cos that give the same bits on every JavaScript engine.
 *
 * `Math.log`, `Math.exp`, `Math.sin`, `Math.cos` and `Math.pow` are only required to be close to
 * the true value, and engines differ in the last bit: Chromium 156 and Node 20 disagree on about
 * one input in fifteen. One such bit in one sampled delay moves every later event of the run, so
 * the browser's report would differ from the CLI's for the same scenario and seed. These are
 * ports of fdlibm (FreeBSD msun, as V8 carried it for years), written with IEEE-754 double
 * operations only, which JavaScript defines exactly: same input, same bits, everywhere.
 */

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// The word order of a double in memory follows the platform's byte order.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

const TWO54 = 1.8014398509481984e16;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** Natural logarithm (fdlibm e_log.c). */
export function log(x: number): number {
  F64[0] = x;
  let hx = U32[HI] | 0;
  const lx = U32[LO];
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    // Subnormal: scale up.
    k -= 54;
    x *= TWO54;
    F64[0] = x;
    hx = U32[HI] | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // Normalise x to [sqrt(2)/2, sqrt(2)).
  F64[0] = x;
  U32[HI] = hx | (i ^ 0x3ff00000);
  x = F64[0];
  k += i >> 20;
  const f = x - 1.0;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // -2^-20 <= f < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.33263618503218878990e-302;

/** e^x (fdlibm e_exp.c). */
export function exp(x: number): number {
  F64[0] = x;
  let hx = U32[HI];
  const xsb = hx >>> 31;
  hx &= 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78...
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | U32[LO]) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0;
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2: reduce to |r| <= 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // V8's port returns e itself here (fdlibm's path would be one bit off); so do we, to agree with it.
      if (x === 1) return 2.718281828459045;
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * 8.98846567431158e307; // 2^1023
    U32[HI] = (0x3ff00000 + (k << 20)) | 0;
    U32[LO] = 0;
    return y * F64[0];
  }
  U32[HI] = (0x3ff00000 + ((k + 1000) << 20)) | 0;
  U32[LO] = 0;
  return y * F64[0] * TWO_M1000;
}

/** x^y for x > 0, as e^(y·ln x): a few ulps, the same everywhere. */
export function pow(x: number, y: number): number {
  return exp(y * log(x));
}

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

/** sin on [-pi/4, pi/4] of x + y, y the tail of x (fdlibm k_sin.c). */
function kernelSin(x: number, y: number, iy: boolean): number {
  F64[0] = x;
  if ((U32[HI] & 0x7fffffff) < 0x3e400000 && Math.trunc(x) === 0) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return iy ? x - (z * (0.5 * y - v * r) - y - v * S1) : x + v * (S1 + z * r);
}

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

/** cos on [-pi/4, pi/4] of x + y (fdlibm k_cos.c). */
function kernelCos(x: number, y: number): number {
  F64[0] = x;
  const ix = U32[HI] & 0x7fffffff;
  if (ix < 0x3e400000 && Math.trunc(x) === 0) return 1; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  let qx: number;
  if (ix > 0x3fe90000) qx = 0.28125;
  else {
    U32[HI] = ix - 0x00200000; // x/4
    U32[LO] = 0;
    qx = F64[0];
  }
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - (z * r - x * y));
}

const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;
// High words of n·pi/2 for n = 1..32: near them the quick reduction may cancel.
const NPIO2_HW = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c,
  0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c,
  0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
];
/** High word of 2^19·pi/2, the largest |x| the reduction below handles (fdlibm's "medium size"). */
const TRIG_MAX_HW = 0x413921fb;

/** Reduces x (|x| up to 2^19·pi/2) to y0 + y1 in [-pi/4, pi/4] and returns n, x = n·pi/2 + y (fdlibm e_rem_pio2.c). */
const Y = [0, 0];
function remPio2(x: number): number {
  F64[0] = x;
  const hx = U32[HI] | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4: n = ±1
    let z: number;
    if (hx > 0) {
      z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        Y[0] = z - PIO2_1T;
        Y[1] = z - Y[0] - PIO2_1T;
      } else {
        z -= PIO2_2;
        Y[0] = z - PIO2_2T;
        Y[1] = z - Y[0] - PIO2_2T;
      }
      return 1;
    }
    z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      Y[0] = z + PIO2_1T;
      Y[1] = z - Y[0] + PIO2_1T;
    } else {
      z += PIO2_2;
      Y[0] = z + PIO2_2T;
      Y[1] = z - Y[0] + PIO2_2T;
    }
    return -1;
  }
  let t = Math.abs(x);
  const n = Math.trunc(t * INV_PIO2 + 0.5);
  const fn = n;
  let r = t - fn * PIO2_1;
  let w = fn * PIO2_1T;
  if (n < 32 && ix !== NPIO2_HW[n - 1]) {
    Y[0] = r - w;
  } else {
    const j = ix >> 20;
    Y[0] = r - w;
    F64[0] = Y[0];
    let i = j - ((U32[HI] >> 20) & 0x7ff);
    if (i > 16) {
      t = r;
      w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - (t - r - w);
      Y[0] = r - w;
      F64[0] = Y[0];
      i = j - ((U32[HI] >> 20) & 0x7ff);
      if (i > 49) {
        t = r;
        w = fn * PIO2_3;
        r = t - w;
        w = fn * PIO2_3T - (t - r - w);
        Y[0] = r - w;
      }
    }
  }
  Y[1] = r - Y[0] - w;
  if (hx < 0) {
    Y[0] = -Y[0];
    Y[1] = -Y[1];
    return -n;
  }
  return n;
}

/** Sine (fdlibm s_sin.c) for |x| up to 2^19·pi/2 (about 823,550); NaN beyond: the engine needs [0, 2pi). */
export function sin(x: number): number {
  F64[0] = x;
  const ix = U32[HI] & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, false);
  if (ix > TRIG_MAX_HW) return NaN;
  const n = remPio2(x);
  switch (n & 3) {
    case 0: return kernelSin(Y[0], Y[1], true);
    case 1: return kernelCos(Y[0], Y[1]);
    case 2: return -kernelSin(Y[0], Y[1], true);
    default: return -kernelCos(Y[0], Y[1]);
  }
}

/** Cosine (fdlibm s_cos.c) for |x| up to 2^19·pi/2 (about 823,550); NaN beyond. */
export function cos(x: number): number {
  F64[0] = x;
  const ix = U32[HI] & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0);
  if (ix > TRIG_MAX_HW) return NaN;
  const n = remPio2(x);
  switch (n & 3) {
    case 0: return kernelCos(Y[0], Y[1]);
    case 1: return -kernelSin(Y[0], Y[1], true);
    case 2: return -kernelCos(Y[0], Y[1]);
    default: return kernelSin(Y[0], Y[1], true);
  }
}
