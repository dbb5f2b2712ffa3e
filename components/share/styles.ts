/** Class names the share panel's parts have in common. */
export const SECTION = 'grid grid-cols-[minmax(0,1fr)] gap-2 border-t border-slate-200 px-4 py-3 first:border-t-0 dark:border-slate-700';
export const HEADING = 'text-sm font-semibold';
export const HELP = 'text-xs text-slate-600 dark:text-slate-400';
export const FIELD =
  'min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800 focus:outline-2 focus:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-950 dark:text-slate-200';
export const BUTTON =
  'shrink-0 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:cursor-wait disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
export const PRIMARY = 'shrink-0 rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:cursor-wait disabled:opacity-60';
export const WARN = 'rounded-md border border-amber-300 bg-amber-50 px-2.5 py-1.5 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100';
export const ERROR = 'rounded-md border border-red-300 bg-red-50 px-2.5 py-1.5 text-xs text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100';
