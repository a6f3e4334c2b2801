import { buildResource } from '../../testing/resource-builders';
import { buildComponentsTool, buildProvidersTool, buildTool } from '../../testing/tool-builders';
import type { EnablementResource } from '../platform/resources';
import { PREVIOUS_SPEC_ANNOTATION, previousSpec, rollbackPatch, versionChangePatch } from './previous-spec';

const annotated = (resource: EnablementResource, value: string): EnablementResource => ({
  ...resource,
  metadata: { ...resource.metadata, annotations: { [PREVIOUS_SPEC_ANNOTATION]: value } },
});

describe('previous-spec annotation', () => {
  const crossplane = buildProvidersTool({ versions: [{ version: 'v1.20.0' }, { version: 'v1.20.1' }] });
  const providers = [{ name: 'provider-kubernetes', version: 'v0.15.0' }];
  const installed = buildResource({ resourceVersion: '300', spec: { version: 'v1.20.0', providers } });

  it('writes the spec before the change into the same merge patch as the change', () => {
    const patch = versionChangePatch(crossplane, { version: 'v1.20.1', providers }, installed);
    expect(patch).toEqual({
      metadata: {
        resourceVersion: '300',
        annotations: { [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify({ version: 'v1.20.0', providers }) },
      },
      spec: { version: 'v1.20.1' },
    });
  });

  it('round trips: the annotation written by the change is read back as the previous spec and rolled back to', () => {
    const change = versionChangePatch(crossplane, { version: 'v1.20.1', providers: [] }, installed);
    const changed = annotated(
      buildResource({ resourceVersion: '301', spec: { version: 'v1.20.1', providers: [] } }),
      change.metadata.annotations[PREVIOUS_SPEC_ANNOTATION]!,
    );
    expect(previousSpec(changed)).toEqual({ version: 'v1.20.0', providers });
    expect(rollbackPatch(crossplane, changed)).toEqual({
      metadata: { resourceVersion: '301', annotations: { [PREVIOUS_SPEC_ANNOTATION]: null } },
      spec: { version: 'v1.20.0', providers },
    });
  });

  it('restores and removes chartVersion as the previous spec had it (KRO)', () => {
    const kro = buildTool();
    const changed = annotated(
      buildResource({ resourceVersion: '9', spec: { version: 'v0.9.3', chartVersion: '0.9.3' } }),
      '{"version":"v0.8.5"}',
    );
    expect(rollbackPatch(kro, changed)?.spec).toEqual({ version: 'v0.8.5', chartVersion: null });
    const withChart = annotated(changed, '{"version":"v0.8.5","chartVersion":"0.8.5"}');
    expect(rollbackPatch(kro, withChart)?.spec).toEqual({ version: 'v0.8.5', chartVersion: '0.8.5' });
  });

  it('restores the previous component list of Flux, also an empty one', () => {
    const flux = buildComponentsTool();
    const version = flux.versions[0].version;
    const changed = annotated(
      buildResource({ spec: { version, components: ['source-controller'] } }),
      JSON.stringify({ version, components: [] }),
    );
    expect(rollbackPatch(flux, changed)?.spec).toMatchObject({ version, components: [] });
  });

  it('offers no roll back without an annotation, with one that is not a spec, or without resourceVersion', () => {
    expect(previousSpec(installed)).toBeNull();
    expect(rollbackPatch(crossplane, installed)).toBeNull();
    expect(previousSpec(annotated(installed, 'not json'))).toBeNull();
    expect(previousSpec(annotated(installed, '{"version":""}'))).toBeNull();
    expect(previousSpec(annotated(installed, '{"version":"v1","providers":[{"name":1}]}'))).toBeNull();
    expect(previousSpec(annotated(installed, '["v1.20.0"]'))).toBeNull();
    const noVersion = annotated({ ...installed, metadata: { ...installed.metadata, resourceVersion: null } }, '{"version":"v1.20.0"}');
    expect(rollbackPatch(crossplane, noVersion)).toBeNull();
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a non-string version', '{"version":1}'],
    ['a non-string chartVersion', '{"version":"v1","chartVersion":2}'],
    ['providers that are no list', '{"version":"v1","providers":{"name":"p","version":"1"}}'],
    ['a provider without version', '{"version":"v1","providers":[{"name":"p","version":"1"},{"name":"q"}]}'],
    ['a null provider', '{"version":"v1","providers":[null]}'],
    ['components that are no list', '{"version":"v1","components":"source-controller"}'],
    ['a non-string component', '{"version":"v1","components":["source-controller",3]}'],
  ])('reads no previous spec from an annotation with %s', (_case, text) => {
    expect(previousSpec(annotated(installed, text))).toBeNull();
  });

  it('reads a complete previous spec, copying its lists and dropping unknown fields', () => {
    const text = JSON.stringify({
      version: 'v2.3.0',
      chartVersion: '2.14.0',
      providers: [{ name: 'p', version: '1', extra: true }],
      components: ['source-controller'],
      other: 'x',
    });
    expect(previousSpec(annotated(installed, text))).toEqual({
      version: 'v2.3.0',
      chartVersion: '2.14.0',
      providers: [{ name: 'p', version: '1' }],
      components: ['source-controller'],
    });
  });

  it('refuses a change patch for a resource without spec.version, naming kind and resource', () => {
    expect(() => versionChangePatch(crossplane, { version: 'v1.20.1' }, buildResource({ spec: {} }))).toThrow(
      `${crossplane.resource.kind} "default" has no spec.version; read it again before changing the version`,
    );
  });
});
