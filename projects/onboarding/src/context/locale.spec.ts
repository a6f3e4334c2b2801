import { resolveLocale } from './locale';

describe('resolveLocale', () => {
  it.each([
    ['de', 'de'],
    ['de-DE', 'de'],
    ['DE_ch', 'de'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [' de ', 'de'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%j → %s', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });
});
