import { loadResourceDefinitions } from '../crd/resource-definition';
import { parseLabelSelector } from './label-selector';
import { StoreEvent, WorkspaceStore } from './workspace-store';

const definitions = loadResourceDefinitions();
const newStore = () => new WorkspaceStore('root:orgs:test', definitions);

describe('WorkspaceStore', () => {
  const store = newStore();
  const kro = store.definition('KRO');
  const binding = store.definition('APIBinding');

  it('creates with server metadata and one increasing resourceVersion per workspace', () => {
    const s = newStore();
    const a = s.create(kro, { metadata: { name: 'default', uid: 'client-uid' }, spec: { version: 'v0.8.5' }, status: { phase: 'Ready' } });
    const b = s.create(binding, {
      metadata: { name: 'kro.services.opencp.cloud' },
      spec: { reference: { export: { name: 'kro.services.opencp.cloud' } } },
    });
    expect(a).toMatchObject({
      apiVersion: 'kro.services.opencp.cloud/v1alpha1',
      kind: 'KRO',
      metadata: { name: 'default', generation: 1 },
    });
    expect(a.metadata.uid).not.toBe('client-uid');
    expect(a.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(a.status).toBeUndefined();
    expect(Number(b.metadata.resourceVersion)).toBeGreaterThan(Number(a.metadata.resourceVersion));
    expect(s.resourceVersion()).toBe(b.metadata.resourceVersion);
  });

  it('generates a name from generateName and requires one of the two', () => {
    const s = newStore();
    expect(s.create(kro, { metadata: { generateName: 'kro-' }, spec: { version: 'v1' } }).metadata.name).toMatch(/^kro-[a-z0-9]+$/);
    expect(() => s.create(kro, { metadata: {}, spec: { version: 'v1' } })).toThrow(
      'KRO.kro.services.opencp.cloud "" is invalid: metadata.name: Required value: name or generateName is required',
    );
  });

  it('answers duplicates and missing objects with the API server texts', () => {
    const s = newStore();
    s.create(binding, { metadata: { name: 'x' }, spec: { reference: { export: { name: 'x' } } } });
    expect(() => s.create(binding, { metadata: { name: 'x' }, spec: { reference: { export: { name: 'x' } } } })).toThrow(
      'apibindings.apis.kcp.io "x" already exists',
    );
    expect(() => s.require(kro, 'default')).toThrow('kros.kro.services.opencp.cloud "default" not found');
    expect(() => s.update(kro, 'default', {})).toThrow('kros.kro.services.opencp.cloud "default" not found');
    expect(() => s.delete(kro, 'default')).toThrow('kros.kro.services.opencp.cloud "default" not found');
  });

  it('validates against the CRD schema with the API server wording', () => {
    const s = newStore();
    expect(() => s.create(kro, { metadata: { name: 'default' }, spec: {} })).toThrow(
      'KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Required value',
    );
    expect(() => s.create(kro, { metadata: { name: 'default' } })).toThrow(
      'KRO.kro.services.opencp.cloud "default" is invalid: spec: Required value',
    );
    expect(() => s.create(kro, { metadata: { name: 'default' }, spec: { version: 5 } })).toThrow(
      'KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Invalid value: "integer": spec.version in body must be of type string: "integer"',
    );
    const claim = { resource: 'secrets', verbs: ['get'], state: 'Maybe', selector: { matchAll: true } };
    expect(() =>
      s.create(binding, { metadata: { name: 'b' }, spec: { reference: { export: { name: 'b' } }, permissionClaims: [claim] } }),
    ).toThrow(
      'APIBinding.apis.kcp.io "b" is invalid: spec.permissionClaims[0].state: Unsupported value: "Maybe": supported values: "Accepted", "Rejected"',
    );
    expect(() => s.create(binding, { metadata: { name: 'c' }, spec: { reference: { export: {} } } })).toThrow(
      'APIBinding.apis.kcp.io "c" is invalid: spec.reference.export.name: Required value',
    );
  });

  it('fills CRD defaults and prunes unknown fields', () => {
    const s = newStore();
    const created = s.create(binding, {
      metadata: { name: 'd' },
      spec: {
        reference: { export: { name: 'd' } },
        unknownField: 1,
        permissionClaims: [{ resource: 'secrets', verbs: ['get'], state: 'Accepted', selector: { matchAll: true } }],
      },
    });
    expect(created.spec).toEqual({
      reference: { export: { name: 'd' } },
      permissionClaims: [
        { group: '', identityHash: '', resource: 'secrets', verbs: ['get'], state: 'Accepted', selector: { matchAll: true } },
      ],
    });
  });

  it('updates as a JSON merge patch: arrays replaced, generation bumped only on spec changes, status ignored', () => {
    const s = newStore();
    const cp = s.definition('Crossplane');
    s.create(cp, {
      metadata: { name: 'default' },
      spec: {
        version: 'v1.20.1',
        providers: [
          { name: 'a', version: '1' },
          { name: 'b', version: '2' },
        ],
      },
    });
    const labelled = s.update(cp, 'default', { metadata: { labels: { team: 'a' } } });
    expect(labelled.metadata.generation).toBe(1);
    const patched = s.update(cp, 'default', { spec: { providers: [{ name: 'c', version: '3' }] }, status: { phase: 'Ready' } });
    expect(patched.spec).toEqual({ version: 'v1.20.1', providers: [{ name: 'c', version: '3' }] });
    expect(patched.metadata).toMatchObject({ generation: 2, labels: { team: 'a' } });
    expect(patched.status).toBeUndefined();
    const unchanged = s.update(cp, 'default', { spec: { version: 'v1.20.1' } });
    expect(unchanged.metadata.resourceVersion).toBe(patched.metadata.resourceVersion);
  });

  it('rejects a stale metadata.resourceVersion with the conflict text and accepts the current one', () => {
    const s = newStore();
    const created = s.create(kro, { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    s.update(kro, 'default', { spec: { version: 'v0.9.3' } });
    expect(() =>
      s.update(kro, 'default', { metadata: { resourceVersion: created.metadata.resourceVersion }, spec: { version: 'v0.8.5' } }),
    ).toThrow(
      'Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again',
    );
    const current = s.require(kro, 'default').metadata.resourceVersion;
    expect(s.update(kro, 'default', { metadata: { resourceVersion: current }, spec: { version: 'v0.8.5' } }).spec).toEqual({
      version: 'v0.8.5',
    });
  });

  it('keeps the APIBinding reference and claim selectors immutable', () => {
    const s = newStore();
    const claim = { group: '', resource: 'secrets', identityHash: '', verbs: ['get'], state: 'Accepted', selector: { matchAll: true } };
    s.create(binding, { metadata: { name: 'e' }, spec: { reference: { export: { name: 'e' } }, permissionClaims: [claim] } });
    expect(() => s.update(binding, 'e', { spec: { reference: { export: { name: 'other' } } } })).toThrow(
      'APIBinding.apis.kcp.io "e" is invalid: spec.reference: Invalid value: "object": APIExport reference must not be changed',
    );
    expect(() => s.update(binding, 'e', { spec: { permissionClaims: [{ ...claim, selector: { matchLabels: { a: 'b' } } }] } })).toThrow(
      'APIBinding.apis.kcp.io "e" is invalid: spec.permissionClaims[0].selector: Invalid value: "object": Permission claim selector is immutable',
    );
  });

  it('honours finalizers on delete and removes the object once they are gone', () => {
    const s = newStore();
    const events: StoreEvent[] = [];
    s.subscribe((e) => events.push(e));
    s.create(kro, { metadata: { name: 'default', finalizers: ['x/y'] }, spec: { version: 'v0.8.5' } });
    s.delete(kro, 'default');
    const deleting = s.require(kro, 'default');
    expect(deleting.metadata.deletionTimestamp).toBeDefined();
    expect(() => s.update(kro, 'default', { metadata: { finalizers: ['x/y', 'new/one'] } })).toThrow(
      'no new finalizers can be added if the object is being deleted',
    );
    s.update(kro, 'default', { metadata: { finalizers: [] } });
    expect(s.get(kro, 'default')).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    expect(events[2].object.metadata.deletionTimestamp).toBeDefined();
  });

  it('does not store on dryRun', () => {
    const s = newStore();
    const dry = s.create(kro, { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } }, { dryRun: true });
    expect(dry.metadata.name).toBe('default');
    expect(s.get(kro, 'default')).toBeUndefined();
    expect(s.resourceVersion()).toBe('0');
  });

  it('returns the events after a resourceVersion, and undefined for an unknown one', () => {
    const s = newStore();
    const a = s.create(kro, { metadata: { name: 'a' }, spec: { version: 'v1' } });
    s.create(kro, { metadata: { name: 'b' }, spec: { version: 'v1' } });
    expect(s.eventsSince(a.metadata.resourceVersion)?.map((e) => e.object.metadata.name)).toEqual(['b']);
    expect(s.eventsSince('999')).toBeUndefined();
    expect(s.eventsSince('not-a-number')).toBeUndefined();
  });
});

describe('label selectors', () => {
  it.each([
    ['', { a: '1' }, true],
    ['a=1', { a: '1' }, true],
    ['a==1,b', { a: '1' }, false],
    ['a!=1', { a: '2' }, true],
    ['!a', {}, true],
    ['a in (1, 2)', { a: '2' }, true],
    ['a notin (1,2)', { a: '3' }, true],
    ['ui.platform-mesh.io/content-for=kro.services.opencp.cloud', { 'ui.platform-mesh.io/content-for': 'kro.services.opencp.cloud' }, true],
  ])('%s on %j → %s', (selector, labels, expected) => expect(parseLabelSelector(selector)(labels)).toBe(expected));

  it('rejects malformed selectors', () => expect(() => parseLabelSelector('a b c')).toThrow('unable to parse requirement'));
});
