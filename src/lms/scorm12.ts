/**
 * SCORM 1.2 run-time: find the learning platform's API and talk to it safely.
 * Pure browser code with no framework: the quiz island uses it through a progress store.
 * Reference: SCORM 1.2 Run-Time Environment, section 3.3 (API discovery) and the CMI data model.
 */

/** The API object a SCORM 1.2 platform exposes as `window.API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

interface ApiWindow {
  API?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' && value !== null && typeof (value as Scorm12Api).LMSInitialize === 'function';

/** The specification's search: the window, then up to 7 parents, then the opener and its parents. */
export function findScorm12Api(start: ApiWindow): Scorm12Api | null {
  const search = (from: ApiWindow | null | undefined): Scorm12Api | null => {
    let win = from;
    for (let depth = 0; win && depth <= 7; depth += 1) {
      try {
        if (isApi(win.API)) return win.API;
        if (!win.parent || win.parent === win) return null;
        win = win.parent;
      } catch {
        return null; // A window of another origin cannot be read: stop there.
      }
    }
    return null;
  };
  try {
    return search(start) ?? search(start.opener);
  } catch {
    return null;
  }
}

/** CMITimespan: `HHHH:MM:SS.SS`. */
export function cmiTimespan(ms: number): string {
  const total = Math.max(0, Math.min(Number.isFinite(ms) ? ms : 0, 9999 * 3_600_000 - 10));
  const cs = Math.round(total / 10);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6_000);
  const s = (cs % 6_000) / 100;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** CMITime: time of day `HH:MM:SS`. */
export const cmiTime = (date: Date): string =>
  [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');

/** The platform said no: what to tell the learner, in French. */
export class ScormError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScormError';
  }
}

/**
 * One attempt's conversation with the platform. Every call checks LMSGetLastError; a failure is
 * reported through `onError` with a message a learner can act on, and never throws into the page.
 */
export class Scorm12Session {
  private started = false;

  constructor(
    private readonly api: Scorm12Api,
    private readonly onError: (error: ScormError) => void = () => {},
  ) {}

  private lastError(): string {
    try {
      return String(this.api.LMSGetLastError() ?? '0') || '0';
    } catch {
      return '101';
    }
  }

  private report(what: string, code: string): void {
    let detail = '';
    try {
      detail = String(this.api.LMSGetErrorString(code) ?? '');
    } catch {
      /* the platform cannot even describe its error */
    }
    this.onError(
      new ScormError(
        code,
        `La plateforme d’apprentissage a refusé une opération (${what}; code ${code}${detail ? ` : ${detail}` : ''}). ` +
          'Vos réponses sont conservées dans cette page : ne la fermez pas et prévenez l’administrateur de la plateforme.',
      ),
    );
  }

  /**
   * Runs one API call. `returnsData` is true for LMSGetValue, whose result is data; the others answer
   * "true" or "false". Either way LMSGetLastError has the last word.
   */
  private call(what: string, fn: () => string, returnsData = false): string | null {
    let result: string;
    try {
      result = String(fn());
    } catch {
      this.report(what, '101');
      return null;
    }
    const code = this.lastError();
    if (code !== '0' || (!returnsData && result !== 'true')) {
      this.report(what, code === '0' ? '101' : code);
      return null;
    }
    return result;
  }

  start(): boolean {
    if (this.started) return true;
    this.started = this.call('ouverture de la session', () => this.api.LMSInitialize('')) === 'true';
    return this.started;
  }

  get(element: string): string {
    if (!this.started) return '';
    return this.call(`lecture de ${element}`, () => this.api.LMSGetValue(element), true) ?? '';
  }

  set(element: string, value: string): boolean {
    if (!this.started) return false;
    return this.call(`enregistrement de ${element}`, () => this.api.LMSSetValue(element, value)) === 'true';
  }

  commit(): boolean {
    if (!this.started) return false;
    return this.call('enregistrement', () => this.api.LMSCommit('')) === 'true';
  }

  finish(): boolean {
    if (!this.started) return false;
    const ok = this.call('fermeture de la session', () => this.api.LMSFinish('')) === 'true';
    this.started = false;
    return ok;
  }
}
