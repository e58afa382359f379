/**
 * The site's public address, from SITE_URL. Absolute addresses (canonical links, og:url, the
 * sitemap and robots.txt's « Sitemap: » line) exist only when it is set: a build made on a laptop
 * must never publish `http://localhost:4321` as the address of the City's pages.
 */

/** SITE_URL, checked: an http(s) address that is not a local one, or undefined when unset. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.SITE_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL « ${raw} » n’est pas une adresse Web (exemple : https://medias-sociaux.exemple.ca).`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL « ${raw} » : une adresse http:// ou https:// est attendue.`);
  if (isLocalHost(url.hostname)) throw new Error(`SITE_URL « ${raw} » est une adresse locale : elle ne peut pas être publiée.`);
  return url.href;
}

/** localhost, 127.x, ::1, 0.0.0.0: addresses that only mean something on the machine that built the site. */
export const isLocalHost = (hostname: string): boolean =>
  /^(localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?)$/i.test(hostname) || hostname.endsWith('.localhost');

/** The warning printed once per build when SITE_URL is missing. */
export const missingSiteUrlWarning =
  'SITE_URL n’est pas défini : les pages sont construites sans adresse canonique ni og:url, et sans plan du site (sitemap.xml). ' +
  'Pour publier : SITE_URL=https://adresse-du-site npm run build.';
