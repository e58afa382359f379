/**
 * Astro writes the islands' one-line stylesheet (`astro-island{display:contents}`) in the <body>,
 * just before the first island, which is invalid HTML (a <style> belongs in <head>). This moves it,
 * unchanged, to the end of <head>: its CSP hash stays valid and it still comes after the CSP <meta>.
 */
const ISLAND_STYLE = /<style>astro-island,[^<]*<\/style>/g;

export function moveIslandStyles(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const body = html.slice(headEnd);
  const found = body.match(ISLAND_STYLE);
  if (!found) return html;
  const style = found[0];
  return html.slice(0, headEnd) + style + body.replace(ISLAND_STYLE, '');
}
