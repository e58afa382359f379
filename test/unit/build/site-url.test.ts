/** SITE_URL: a public address, or none at all — never a local one. */
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../../src/build/site-url.ts';

describe('siteUrl', () => {
  it('sans SITE_URL (ou vide), aucune adresse', () => {
    expect(siteUrl({})).toBeUndefined();
    expect(siteUrl({ SITE_URL: '  ' })).toBeUndefined();
  });
  it('garde une adresse publique', () => {
    expect(siteUrl({ SITE_URL: 'https://medias-sociaux.exemple.ca' })).toBe('https://medias-sociaux.exemple.ca/');
  });
  it.each(['http://localhost:4321', 'http://127.0.0.1:4321/', 'http://0.0.0.0', 'http://[::1]:3000', 'http://site.localhost'])('refuse l’adresse locale %s', (url) => {
    expect(() => siteUrl({ SITE_URL: url })).toThrow(/adresse locale/);
  });
  it('refuse ce qui n’est pas une adresse Web', () => {
    expect(() => siteUrl({ SITE_URL: 'medias-sociaux' })).toThrow(/n’est pas une adresse Web/);
    expect(() => siteUrl({ SITE_URL: 'ftp://exemple.ca' })).toThrow(/http:\/\/ ou https:\/\//);
  });
});
