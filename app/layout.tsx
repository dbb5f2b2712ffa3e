import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'Interplay — system integration patterns, simulated',
    template: '%s · Interplay',
  },
  description:
    'An interactive playground for system integration patterns: lay out services, connect them, run simulated traffic ' +
    'and watch latency, failures, circuit breakers, rate limits, retries and consistency lag.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-white text-slate-900 dark:bg-[#0b1120] dark:text-slate-100">{children}</body>
    </html>
  );
}
