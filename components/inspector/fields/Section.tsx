/** A titled group of fields; `toggle` puts an on/off switch in the heading (a policy that may be absent). */
import { useId, type ReactNode } from 'react';
import { HELP } from './styles';

export interface SectionProps {
  title: string;
  /** One line under the title: what this group is for. */
  intro?: ReactNode;
  toggle?: { on: boolean; onChange: (on: boolean) => void; label?: string };
  children?: ReactNode;
}

export function Section({ title, intro, toggle, children }: SectionProps) {
  const id = useId();
  const open = !toggle || toggle.on;
  return (
    <section aria-labelledby={id} className="border-t border-slate-200 px-4 py-3 first:border-t-0 dark:border-slate-800">
      <div className="flex items-center justify-between gap-2">
        <h3 id={id} className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          {title}
        </h3>
        {toggle && (
          <label className="flex cursor-pointer items-center gap-2 text-sm">
            <span className={toggle.on ? 'font-medium text-slate-900 dark:text-slate-100' : 'text-slate-500 dark:text-slate-400'}>{toggle.on ? 'On' : 'Off'}</span>
            <span className="relative inline-flex h-5 w-9 shrink-0">
              <input
                type="checkbox"
                role="switch"
                aria-checked={toggle.on}
                aria-label={toggle.label ?? `${title} on`}
                checked={toggle.on}
                onChange={(e) => toggle.onChange(e.target.checked)}
                className="peer absolute inset-0 z-10 m-0 size-full cursor-pointer opacity-0"
              />
              <span
                aria-hidden="true"
                className="pointer-events-none relative h-5 w-9 rounded-full bg-slate-300 transition-colors peer-checked:bg-sky-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-sky-600 after:absolute after:top-0.5 after:left-0.5 after:size-4 after:rounded-full after:bg-white after:transition-transform peer-checked:after:translate-x-4 dark:bg-slate-600 dark:peer-checked:bg-sky-500"
              />
            </span>
          </label>
        )}
      </div>
      {intro && <p className={`mt-1 ${HELP}`}>{intro}</p>}
      {open && children && <div className="mt-1">{children}</div>}
    </section>
  );
}
