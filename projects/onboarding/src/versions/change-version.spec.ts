import { buildComponentsTool, buildProvidersTool } from '../../testing/tool-builders';
import { checkChangeVersion } from './change-version';

describe('checkChangeVersion', () => {
  const tool = buildProvidersTool({ versions: [{ version: 'v1.20.0' }, { version: 'v1.20.1' }, { version: 'v1.19.0' }] });
  const providers = [{ name: 'provider-kubernetes', version: 'v0.15.0' }];
  const current = { version: 'v1.20.0', providers };

  it('blocks the installed configuration submitted unchanged', () => {
    expect(checkChangeVersion(tool, current, { version: 'v1.20.0', providers }, false)).toEqual({
      from: 'v1.20.0',
      to: 'v1.20.0',
      relation: 'installed',
      unchanged: true,
      blocked: 'unchanged',
    });
  });

  it('allows the installed version with changed providers', () => {
    const draft = { version: 'v1.20.0', providers: [...providers, { name: 'provider-helm', version: 'v0.20.0' }] };
    expect(checkChangeVersion(tool, current, draft, false)).toMatchObject({ unchanged: false, blocked: null });
  });

  it('allows a newer version without confirmation', () => {
    expect(checkChangeVersion(tool, current, { version: 'v1.20.1', providers }, false)).toMatchObject({
      relation: 'newer',
      blocked: null,
    });
  });

  it('requires the downgrade warning to be confirmed before an older version can be submitted', () => {
    const draft = { version: 'v1.19.0', providers };
    expect(checkChangeVersion(tool, current, draft, false)).toMatchObject({ relation: 'older', blocked: 'downgrade-unconfirmed' });
    expect(checkChangeVersion(tool, current, draft, true)).toMatchObject({ relation: 'older', blocked: null });
  });

  it('treats a missing component list like an empty one (both mean the operator defaults)', () => {
    const flux = buildComponentsTool();
    const version = flux.versions[0].version;
    expect(checkChangeVersion(flux, { version }, { version, components: [] }, false).blocked).toBe('unchanged');
  });
});
