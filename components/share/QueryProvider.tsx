'use client';
/**
 * react-query for the playground's server state (short links). One client per page, created in state (never a
 * module global shared between requests). Retries only what a retry can fix: no answer, or a server error.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ShareApiError } from '@/lib/share/queries';

function retryable(failures: number, error: unknown): boolean {
  const status = error instanceof ShareApiError ? error.status : undefined;
  return failures < 2 && (status === undefined || status >= 500);
}

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: retryable, refetchOnWindowFocus: false }, mutations: { retry: false } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
