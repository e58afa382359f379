/** Helpers for the training pages' getStaticPaths: one entry per path (and module). */
import { audiences } from '../i18n/audiences';
import { PATH_SLUGS, TRAINED_AUDIENCES, type TrainedAudience } from './audiences';

export const pathParams = () =>
  TRAINED_AUDIENCES.map((audience) => ({ params: { path: PATH_SLUGS[audience] }, props: { audience } }));

/** « Parcours des employés de la Ville » */
export const pathLabel = (audience: TrainedAudience): string => `Parcours : ${audiences[audience].label}`;
