/**
 * The audiences that have a training path (every audience but citizens, who get the netiquette),
 * and the URL segment of each path. Labels and pitches stay in src/i18n/audiences.ts.
 */
import { AUDIENCES, audiences, type Audience } from '../i18n/audiences';

export const TRAINED_AUDIENCES = AUDIENCES.filter(
  (a): a is Exclude<Audience, 'citizens'> => a !== 'citizens',
);
export type TrainedAudience = Exclude<Audience, 'citizens'>;

/** Base of every training page. */
export const PATHS_ROOT = '/parcours/';

/** The path's URL segment per audience, read from `trainingPath` (`/parcours/employes/` → `employes`). */
export const PATH_SLUGS = Object.fromEntries(
  TRAINED_AUDIENCES.map((a) => {
    const path = audiences[a].trainingPath ?? '';
    const slug = path.startsWith(PATHS_ROOT) ? path.slice(PATHS_ROOT.length).replace(/\/$/, '') : '';
    if (!/^[a-z-]+$/.test(slug)) throw new Error(`src/i18n/audiences.ts : « trainingPath » de « ${a} » doit ressembler à « ${PATHS_ROOT}employes/ ».`);
    return [a, slug];
  }),
) as Record<TrainedAudience, string>;

export const pathHref = (audience: TrainedAudience): string => `${PATHS_ROOT}${PATH_SLUGS[audience]}/`;
export const moduleHref = (audience: TrainedAudience, moduleId: string): string => `${pathHref(audience)}${moduleId}/`;
export const attestationHref = (audience: TrainedAudience): string => `${pathHref(audience)}attestation/`;

/** Page names reserved under a path: a module cannot be called like that. */
export const RESERVED_MODULE_IDS = ['attestation'] as const;
