import { buildComponentsTool, buildProvidersTool, buildTool } from '../../testing/tool-builders';
import { buildResource } from '../../testing/resource-builders';
import { defaultDraft, draftFromResource } from './default-draft';

describe('defaultDraft', () => {
  it('takes the newest version and no extension fields for a plain tool', () => {
    expect(defaultDraft(buildTool())).toEqual({ version: 'v0.9.3' });
  });

  it('preselects the default providers', () => {
    expect(defaultDraft(buildProvidersTool())).toEqual({
      version: 'v2.0.2',
      providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }],
    });
  });

  it('preselects the default components', () => {
    expect(defaultDraft(buildComponentsTool())).toEqual({ version: 'v2.8.3', components: ['source-controller', 'kustomize-controller'] });
  });
});

describe('draftFromResource', () => {
  it('reads the spec in force', () => {
    const resource = buildResource({ spec: { version: 'v1.20.1', providers: [{ name: 'provider-helm', version: 'v0.20.0' }] } });
    expect(draftFromResource(buildProvidersTool(), resource)).toEqual({
      version: 'v1.20.1',
      providers: [{ name: 'provider-helm', version: 'v0.20.0' }],
    });
  });

  it('keeps an empty component list (operator defaults)', () => {
    const resource = buildResource({ spec: { version: 'v2.4.0', chartVersion: '2.14.0', components: [] } });
    expect(draftFromResource(buildComponentsTool(), resource)).toEqual({ version: 'v2.4.0', components: [] });
  });

  it('falls back to the default draft without a resource', () => {
    expect(draftFromResource(buildTool(), null)).toEqual({ version: 'v0.9.3' });
  });
});
