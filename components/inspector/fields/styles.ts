/** Shared class names of the inspector's controls: one look for every field. */
export const INPUT =
  'min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums text-slate-900 placeholder:text-slate-400 placeholder:italic focus:outline-2 focus:outline-offset-0 focus:outline-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500';
export const INVALID = 'border-[#D55E00] bg-[#FFF4EC] focus:outline-[#D55E00] dark:border-[#FF8A47] dark:bg-[#2A1507] dark:focus:outline-[#FF8A47]';
export const BUTTON =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800';
export const ICON_BUTTON =
  'inline-flex size-7 shrink-0 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800 dark:hover:text-slate-100';
export const HELP = 'text-xs leading-snug text-slate-500 dark:text-slate-400';
export const ERROR_TEXT = 'text-xs font-medium leading-snug text-[#B54A00] dark:text-[#FF9A5C]';
export const CODE = 'rounded bg-slate-100 px-1 font-mono text-[0.8em] dark:bg-slate-800';
