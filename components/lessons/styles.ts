/** Class names the lesson components share (the playground's button and heading looks). */
export const BUTTON =
  'h-[1.9rem] shrink-0 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
export const PRIMARY =
  'shrink-0 rounded-md bg-[#0072B2] px-3 font-medium text-white hover:bg-[#005f94] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:cursor-not-allowed disabled:opacity-50';
export const H = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300';
export const FIELD =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
