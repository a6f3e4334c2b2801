import { applyMergePatch, createMergePatch } from './merge-patch';

describe('JSON merge patch (RFC 7386)', () => {
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: ['b', 'c'] }, { a: ['d'] }, { a: ['d'] }],
    [{ a: { b: 'c', d: 'e' } }, { a: { d: null, f: 'g' } }, { a: { b: 'c', f: 'g' } }],
    [['a'], { a: 'b' }, { a: 'b' }],
    [{ a: 'b' }, ['c'], ['c']],
  ])('%j + %j → %j', (target, patch, expected) => expect(applyMergePatch(target, patch)).toEqual(expected));

  it('leaves its arguments untouched', () => {
    const target = { spec: { a: 1 } };
    applyMergePatch(target, { spec: { a: 2 } });
    expect(target).toEqual({ spec: { a: 1 } });
  });

  it('createMergePatch produces the patch that applyMergePatch turns back into the target', () => {
    const from = { spec: { version: 'v1', providers: [{ name: 'p' }], gone: true } };
    const to = { spec: { version: 'v2', providers: [] } };
    expect(applyMergePatch(from, createMergePatch(from, to))).toEqual(to);
  });
});
