/** One colour per variant (Okabe–Ito, colour-blind safe), the same on the canvas frame, the tabs and the compare charts. */
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#7F7F7F', '#F0E442', '#000000'];

/** Colour of the i-th variant in workspace order (A is 0). */
export function variantColor(index: number): string {
  return COLORS[index % COLORS.length];
}
