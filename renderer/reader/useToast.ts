import { useCallback, useEffect, useRef, useState } from 'react';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** An action offered with the message, such as Undo. */
  action?: { label: string; run: () => void };
}

const LIFETIME_MS = { info: 8000, error: 10_000 };

/** One message at a time at the foot of the reader; a new one replaces the old. */
export function useToast() {
  const [toast, setToast] = useState<Toast | null>(null);
  const nextId = useRef(1);

  const show = useCallback((text: string, options: Pick<Toast, 'tone' | 'action'> = { tone: 'info' }) => {
    setToast({ id: nextId.current++, text, ...options });
  }, []);
  const dismiss = useCallback(() => setToast(null), []);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), LIFETIME_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [toast]);

  return { toast, show, dismiss };
}
