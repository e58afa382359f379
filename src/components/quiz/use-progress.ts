/**
 * Loads progress once the island runs in the browser (never during server rendering), and saves
 * every change. `ready` is false until loaded, so islands do not show stale server-side state as
 * if it were the person's.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { emptyProgress, type Progress } from '../../quiz/progress';
import { localProgressStore, type ProgressStore, type StoreNotice } from '../../quiz/progress-store';

export function useProgress(store?: ProgressStore) {
  const storeRef = useRef<ProgressStore | null>(store ?? null);
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [notice, setNotice] = useState<StoreNotice | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    storeRef.current ??= localProgressStore();
    const loaded = storeRef.current.load();
    setProgress(loaded.progress);
    setNotice(loaded.notice);
    setReady(true);
  }, []);

  const update = useCallback((change: (p: Progress) => Progress) => {
    setProgress((p) => {
      const updated = change(p);
      if (storeRef.current && !storeRef.current.save(updated)) setNotice('unavailable');
      return updated;
    });
  }, []);

  const clear = useCallback(() => {
    const ok = storeRef.current?.clear() ?? false;
    setProgress(emptyProgress());
    if (!ok) setNotice('unavailable');
    return ok;
  }, []);

  /** Shows a notice found after loading (a saved attempt that no longer fits its module), unless one is shown. */
  const report = useCallback((found: StoreNotice) => setNotice((n) => n ?? found), []);

  return { progress, notice, ready, update, clear, report };
}
