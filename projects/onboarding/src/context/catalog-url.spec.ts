import { catalogOverride, resolveCatalogUrl } from './catalog-url';

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

describe('catalogOverride', () => {
  it('is the trimmed context.catalogUrl', () => {
    expect(catalogOverride({ catalogUrl: '  custom.json\n' })).toBe('custom.json');
  });

  it.each([[null], [undefined], [{}], [{ catalogUrl: '   ' }], [{ catalogUrl: 42 }]])('is null for %j', (context) => {
    expect(catalogOverride(context as never)).toBeNull();
  });
});
