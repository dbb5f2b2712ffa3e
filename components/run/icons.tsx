/** Small stroke icons for the run controls; text labels carry the meaning, icons only help. */
const common = { width: '1.1em', height: '1.1em', viewBox: '0 0 16 16', 'aria-hidden': true } as const;

export function PlayIcon() {
  return (
    <svg {...common}>
      <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg {...common}>
      <path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" />
    </svg>
  );
}

export function StepIcon() {
  return (
    <svg {...common}>
      <path d="M3 2.5v11l7-5.5z" fill="currentColor" />
      <path d="M11.5 2.5h2v11h-2z" fill="currentColor" />
    </svg>
  );
}

export function ResetIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <path d="M3 8a5 5 0 1 0 1.6-3.7" />
      <path d="M3 2.5v3h3" />
    </svg>
  );
}
