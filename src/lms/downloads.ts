/** Where the build puts the files for the City's learning platform, one pair per training path. */
export const DOWNLOADS = 'telechargements';
/** `/telechargements/scorm-employes.zip` */
export const scormZipHref = (slug: string): string => `/${DOWNLOADS}/scorm-${slug}.zip`;
/** `/telechargements/employes.gift` */
export const giftHref = (slug: string): string => `/${DOWNLOADS}/${slug}.gift`;
