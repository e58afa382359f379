/**
 * Where progress lives. The islands only know this interface: the site plugs in the browser's
 * localStorage; a SCORM package can plug in the LMS's suspend data instead.
 */
import { emptyProgress, parseProgress, type ParseProblem, type Progress } from './progress';

export type StoreNotice = ParseProblem | 'unavailable';

export interface ProgressStore {
  /** Never throws: problems come back as a notice, with usable (possibly empty) progress. */
  load(): { progress: Progress; notice: StoreNotice | null };
  /** False when the progress could not be saved (storage off or full). */
  save(progress: Progress): boolean;
  /** Erases everything saved. False when storage is unavailable. */
  clear(): boolean;
}

/** The key, versioned: a future incompatible format gets a new key and migrates from this one. */
export const STORAGE_KEY = 'v3r-medias-sociaux/formation/v1';

/** localStorage, which may be missing, disabled (throws on access) or full. */
export function localProgressStore(getStorage: () => Storage = () => window.localStorage): ProgressStore {
  return {
    load() {
      let raw: string | null;
      try {
        raw = getStorage().getItem(STORAGE_KEY);
      } catch {
        return { progress: emptyProgress(), notice: 'unavailable' };
      }
      const { progress, problem } = parseProgress(raw);
      if (problem) {
        // Replace what could not be read, so the message is shown once.
        try {
          getStorage().setItem(STORAGE_KEY, JSON.stringify(progress));
        } catch {
          /* storage became unavailable: the notice below is still right */
        }
      }
      return { progress, notice: problem };
    },
    save(progress) {
      try {
        getStorage().setItem(STORAGE_KEY, JSON.stringify(progress));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        getStorage().removeItem(STORAGE_KEY);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Progress kept in memory only (storage unavailable, tests). */
export function memoryProgressStore(initial: Progress = emptyProgress()): ProgressStore {
  let saved = initial;
  return {
    load: () => ({ progress: saved, notice: null }),
    save: (p) => {
      saved = p;
      return true;
    },
    clear: () => {
      saved = emptyProgress();
      return true;
    },
  };
}
