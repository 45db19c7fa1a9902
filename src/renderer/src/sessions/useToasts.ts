import { useCallback, useEffect, useRef, useState } from 'react';

export type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
};
export type PushToast = (toast: Omit<Toast, 'id'>, timeoutMs?: number) => void;

/** Long enough to read the message and reach Undo (issue 5 asks for ~8 s). */
export const UNDO_MS = 8000;

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((all) => all.filter((t) => t.id !== id));
  }, []);

  const push = useCallback<PushToast>(
    (toast, timeoutMs = UNDO_MS) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(-3), { ...toast, id }]);
      // Errors stay until dismissed: the user must get to read what went wrong.
      if (toast.tone !== 'error') timers.current.set(id, setTimeout(() => dismiss(id), timeoutMs));
    },
    [dismiss],
  );

  useEffect(() => {
    const all = timers.current;
    return () => all.forEach((t) => clearTimeout(t));
  }, []);

  return { toasts, push, dismiss };
}
