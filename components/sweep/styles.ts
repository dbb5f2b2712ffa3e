/** Shared class names of the sweep view (the project's button and field looks). */
export const BUTTON =
  'h-[1.9rem] rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
export const PRIMARY =
  'h-[1.9rem] rounded-md bg-[#0072B2] px-3 text-sm font-semibold text-white hover:bg-[#005f94] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:opacity-50';
export const INPUT =
  'h-[1.9rem] w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
export const LABEL = 'flex min-w-0 flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-300';
