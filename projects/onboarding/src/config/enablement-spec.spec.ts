import { buildResource } from '../../testing/resource-builders';
import { buildComponentsTool, buildProvidersTool, buildTool } from '../../testing/tool-builders';
import { enablementSpec, upgradePatch } from './enablement-spec';

describe('enablementSpec', () => {
  it('adds chartVersion from the catalog when the chosen version has one', () => {
    expect(enablementSpec(buildTool(), { version: 'v0.8.5' })).toEqual({ version: 'v0.8.5', chartVersion: '0.8.5' });
  });

  it('omits chartVersion when the version has none, and extension fields the tool lacks', () => {
    const tool = buildTool({ versions: [{ version: 'v1.0.0', chartVersion: '1.0.0' }, { version: 'v2.0.0' }] });
    expect(enablementSpec(tool, { version: 'v2.0.0', providers: [{ name: 'x', version: 'y' }], components: ['z'] })).toEqual({
      version: 'v2.0.0',
    });
  });

  it('sends Crossplane providers as chosen', () => {
    const draft = { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] };
    expect(enablementSpec(buildProvidersTool(), draft)).toEqual(draft);
  });

  it('sends Flux components as chosen, an empty list meaning operator defaults', () => {
    expect(enablementSpec(buildComponentsTool(), { version: 'v2.4.0', components: [] })).toEqual({
      version: 'v2.4.0',
      chartVersion: '2.14.0',
      components: [],
    });
    expect(enablementSpec(buildComponentsTool(), { version: 'v2.4.0' }).components).toEqual([]);
  });
});

describe('upgradePatch', () => {
  it('sends only changed fields with the resourceVersion', () => {
    const resource = buildResource({ resourceVersion: '77', spec: { version: 'v0.8.5', chartVersion: '0.8.5' } });
    expect(upgradePatch(buildTool(), { version: 'v0.9.3' }, resource)).toEqual({
      metadata: { resourceVersion: '77' },
      spec: { version: 'v0.9.3', chartVersion: '0.9.3' },
    });
  });

  it('replaces the providers array whole when it changed, leaves version alone when equal', () => {
    const resource = buildResource({ spec: { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] } });
    const patch = upgradePatch(
      buildProvidersTool(),
      {
        version: 'v1.20.1',
        providers: [
          { name: 'provider-kubernetes', version: 'v0.16.0' },
          { name: 'provider-helm', version: 'v0.20.0' },
        ],
      },
      resource,
    );
    expect(patch.spec).toEqual({
      providers: [
        { name: 'provider-kubernetes', version: 'v0.16.0' },
        { name: 'provider-helm', version: 'v0.20.0' },
      ],
    });
  });

  it('removes a chartVersion the new version does not have', () => {
    const tool = buildTool({ versions: [{ version: 'v1.0.0', chartVersion: '1.0.0' }, { version: 'v2.0.0' }] });
    const resource = buildResource({ spec: { version: 'v1.0.0', chartVersion: '1.0.0' } });
    expect(upgradePatch(tool, { version: 'v2.0.0' }, resource).spec).toEqual({ version: 'v2.0.0', chartVersion: null });
  });

  it('refuses a resource without resourceVersion', () => {
    const resource = { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } };
    expect(() => upgradePatch(buildTool(), { version: 'v0.9.3' }, resource)).toThrow('KRO "default" has no resourceVersion');
  });
});
