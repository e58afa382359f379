/**
 * A small reader for the built pages: start tags with their attributes, inline <script>/<style>
 * contents, ids. Enough for Astro's output, whose validity the Nu HTML Checker verifies separately.
 */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Text up to the closing tag, for <script>, <style> and <title>. */
  text?: string;
}

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });

export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const rawName = m[1];
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    const attrs = new Map<string, string>();
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(m[2] ?? ''); a; a = ATTR.exec(m[2] ?? '')) {
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    const tag: Tag = { name, attrs };
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      const end = close < 0 ? html.length : close;
      tag.text = html.slice(TAG.lastIndex, end);
      TAG.lastIndex = end;
    }
    tags.push(tag);
  }
  return tags;
}

export const idsOf = (tags: Tag[]): Set<string> =>
  new Set(tags.flatMap((t) => [t.attrs.get('id'), t.name === 'a' ? t.attrs.get('name') : undefined]).filter((x): x is string => !!x));
