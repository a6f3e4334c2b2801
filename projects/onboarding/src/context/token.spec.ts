import { resolveToken } from './token';

describe('resolveToken', () => {
  it('prefers the fresher token of the global context (docs/platform.md §5.4)', () => {
    expect(resolveToken({ token: 'stale' }, { token: 'fresh' })).toEqual({ ok: true, value: 'fresh' });
  });

  it('falls back to context.token when the global context has none', () => {
    expect(resolveToken({ token: 'ctx' }, {})).toEqual({ ok: true, value: 'ctx' });
    expect(resolveToken({ token: 'ctx' }, null)).toEqual({ ok: true, value: 'ctx' });
    expect(resolveToken({ token: 'ctx' }, { token: 42 })).toEqual({ ok: true, value: 'ctx' });
  });

  it('trims the token', () => {
    expect(resolveToken({ token: ' ctx\n' }, null)).toEqual({ ok: true, value: 'ctx' });
  });

  it('reports missing-token when neither has a non-blank token', () => {
    const result = resolveToken({ token: ' ' }, { token: '' });
    expect(!result.ok && result.problem.key).toBe('missing-token');
    expect(!result.ok && result.problem.detail).toBe('neither the Luigi global context nor context.token holds a token');
  });
});
