import { resolveCatalogUrl } from './catalog-url';

const bundled = 'http://localhost:4200/elements/assets/catalog.json';

describe('resolveCatalogUrl', () => {
  it('uses the bundled catalog without an override', () => {
    expect(resolveCatalogUrl({}, bundled)).toBe(bundled);
    expect(resolveCatalogUrl(null, new URL(bundled))).toBe(bundled);
  });

  it('uses an absolute context.catalogUrl', () => {
    expect(resolveCatalogUrl({ catalogUrl: 'https://cdn.example.com/catalog.json' }, bundled)).toBe('https://cdn.example.com/catalog.json');
  });

  it('resolves a relative context.catalogUrl against the bundled location', () => {
    expect(resolveCatalogUrl({ catalogUrl: 'custom.json' }, bundled)).toBe('http://localhost:4200/elements/assets/custom.json');
  });
});
