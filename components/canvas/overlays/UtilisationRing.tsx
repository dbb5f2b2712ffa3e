/** A ring filled to the utilisation, with the number inside: the fill is a hint, the number is the fact. */
import { utilisationColor } from './outcome-colors';

const R = 15;
const C = 2 * Math.PI * R;

export function UtilisationRing({ percent }: { percent: number | undefined }) {
  const known = percent !== undefined;
  const p = known ? Math.min(100, Math.max(0, percent)) : 0;
  return (
    <svg viewBox="0 0 36 36" className="h-[2.5rem] w-[2.5rem] shrink-0" role="img" aria-label={known ? `utilisation ${p}%` : 'utilisation not measured yet'}>
      <circle cx="18" cy="18" r={R} fill="none" strokeWidth="4" className="stroke-slate-200 dark:stroke-slate-700" />
      {p > 0 && (
        <circle
          cx="18"
          cy="18"
          r={R}
          fill="none"
          stroke={utilisationColor(p / 100)}
          strokeWidth="4"
          strokeDasharray={`${(p / 100) * C} ${C}`}
          transform="rotate(-90 18 18)"
          strokeLinecap={p >= 100 ? 'butt' : 'round'}
        />
      )}
      <text x="18" y="18" textAnchor="middle" dominantBaseline="central" className="fill-slate-900 font-sans font-bold dark:fill-white" style={{ fontSize: p >= 100 ? 9 : 10.5 }}>
        {known ? `${p}%` : '–'}
      </text>
    </svg>
  );
}
