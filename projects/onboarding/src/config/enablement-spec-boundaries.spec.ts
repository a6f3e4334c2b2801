import { buildProvidersTool, buildTool } from '../../testing/tool-builders';
import { buildResource } from '../../testing/resource-builders';
import { enablementSpec, upgradePatch } from './enablement-spec';

describe('enablementSpec at the edges', () => {
  it('sends an empty provider list when the draft has none, and only name and version of each provider', () => {
    expect(enablementSpec(buildProvidersTool(), { version: 'v1.20.1' })).toEqual({ version: 'v1.20.1', providers: [] });
    const draft = { version: 'v1.20.1', providers: [{ name: 'provider-helm', version: 'v0.20.0', __typename: 'X' }] };
    expect(enablementSpec(buildProvidersTool(), draft).providers).toEqual([{ name: 'provider-helm', version: 'v0.20.0' }]);
  });

  it('omits chartVersion for a version the catalog does not list', () => {
    expect(enablementSpec(buildTool(), { version: 'v9.9.9' })).toEqual({ version: 'v9.9.9' });
  });
});

describe('upgradePatch at the edges', () => {
  it('sends nothing but the resourceVersion when the draft equals the spec', () => {
    const resource = buildResource({ resourceVersion: '5', spec: { version: 'v0.9.3', chartVersion: '0.9.3' } });
    expect(upgradePatch(buildTool(), { version: 'v0.9.3' }, resource)).toEqual({ metadata: { resourceVersion: '5' }, spec: {} });
  });

  it('leaves an absent chartVersion absent instead of sending null', () => {
    const tool = buildTool({ versions: [{ version: 'v1.0.0' }, { version: 'v2.0.0' }] });
    const resource = buildResource({ spec: { version: 'v1.0.0' } });
    expect(upgradePatch(tool, { version: 'v2.0.0' }, resource).spec).toEqual({ version: 'v2.0.0' });
  });

  it('adds fields the resource lacks (a spec without chartVersion or providers)', () => {
    const resource = { metadata: { name: 'default', resourceVersion: '9' }, spec: undefined };
    expect(upgradePatch(buildTool(), { version: 'v0.9.3' }, resource).spec).toEqual({ version: 'v0.9.3', chartVersion: '0.9.3' });
    const crossplane = buildResource({ spec: { version: 'v1.20.1' } });
    expect(upgradePatch(buildProvidersTool(), { version: 'v1.20.1', providers: [] }, crossplane).spec).toEqual({ providers: [] });
  });

  it('names the kind and an unnamed resource in the refusal', () => {
    expect(() => upgradePatch(buildTool(), { version: 'v0.9.3' }, { spec: { version: 'v0.8.5' } })).toThrow(
      'KRO "" has no resourceVersion; read it again before upgrading',
    );
  });
});
