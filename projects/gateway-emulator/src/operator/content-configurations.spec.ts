import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { KubeObject } from '../store/kube-object';
import { FakeScheduler } from '../testing/fake-scheduler';
import { operatedWorkspace, OperatedWorkspaceFixture } from '../testing/operated-workspace';
import { Condition } from './conditions';
import { TOOL_APIS } from './tool-apis';

/** The portal's strict ContentConfiguration schema (draft 2020-12, `additionalProperties: false` everywhere). */
const portalSchema = JSON.parse(
  readFileSync(join(__dirname, '../../../portal/src/content/testdata/content-configuration.schema.json'), 'utf8'),
) as object;
const validateContent = new Ajv2020({ allErrors: true, strict: false }).compile(portalSchema);

describe('navigation ContentConfigurations written by the operator (fake time)', () => {
  let fixture: OperatedWorkspaceFixture;
  let clock: FakeScheduler;
  beforeEach(() => {
    fixture = operatedWorkspace();
    clock = fixture.clock;
  });
  afterEach(() => fixture.close());

  const ws = () => fixture.workspace;
  const def = (kind: string) => ws().store.definition(kind);
  const get = (kind: string, name: string) => ws().store.get(def(kind), name);
  const ccNames = (tool: string) =>
    ws()
      .store.list(def('ContentConfiguration'))
      .filter((c) => c.metadata.labels?.['ui.platform-mesh.io/content-for'] === `${tool}.services.opencp.cloud`)
      .map((c) => c.metadata.name);
  const ready = (o: KubeObject | undefined) => (o?.status?.conditions as Condition[] | undefined)?.find((c) => c.type === 'Ready');
  const until = (what: string, probe: () => boolean) => clock.runUntil(what, probe, 10_000);
  const activate = (tool: string) => {
    until('MCP Ready', () => get('ManagedControlPlane', 'default')?.status?.phase === 'Ready');
    ws().store.create(def('APIBinding'), {
      metadata: { name: `${tool}.services.opencp.cloud` },
      spec: { reference: { export: { name: `${tool}.services.opencp.cloud` } } },
    });
    until('Bound', () => get('APIBinding', `${tool}.services.opencp.cloud`)?.status?.phase === 'Bound');
  };

  it('KRO: writes its navigation once Ready is True and before phase Ready, which waits until it is Ready=True', () => {
    activate('kro');
    const seen: string[] = [];
    ws().store.subscribe((e) => {
      if (e.resource.kind === 'KRO' && e.type === 'MODIFIED')
        seen.push(`KRO ${String(e.object.status?.phase)} Ready=${ready(e.object)?.status}`);
      if (e.resource.kind === 'ContentConfiguration' && e.type === 'ADDED') seen.push(`CC ${e.object.metadata.name}`);
      if (e.resource.kind === 'ContentConfiguration' && e.type === 'MODIFIED' && ready(e.object)?.status === 'True') seen.push(`CC Ready`);
    });
    ws().store.create(def('KRO'), { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    until('KRO Ready', () => get('KRO', 'default')?.status?.phase === 'Ready');
    expect(seen).toEqual([
      'KRO Provisioning Ready=False',
      'KRO Provisioning Ready=True',
      'CC opencp-kro-resourcegraphdefinition',
      'CC Ready',
      'KRO Ready Ready=True',
    ]);
    const cc = get('ContentConfiguration', 'opencp-kro-resourcegraphdefinition')!;
    expect(cc.metadata.labels).toEqual({
      'ui.platform-mesh.io/entity': 'core_platform-mesh_io_account',
      'ui.platform-mesh.io/content-for': 'kro.services.opencp.cloud',
    });
    expect(cc.metadata.finalizers).toEqual(['contentconfigurations.opencp.io/managed-content-configurations']);
    expect((cc.spec?.inlineConfiguration as { contentType: string }).contentType).toBe('json');
    expect(JSON.parse((cc.spec?.inlineConfiguration as { content: string }).content)).toEqual({
      name: 'opencp-kro-resourcegraphdefinition',
      luigiConfigFragment: {
        data: {
          nodes: [
            {
              pathSegment: 'resourcegraphdefinitions',
              navigationContext: 'resourcegraphdefinitions',
              label: 'Resource Graph Definitions',
              icon: 'org-chart',
              order: 100,
              hideSideNav: false,
              keepSelectedForChildren: true,
              virtualTree: true,
              entityType: 'main.core_platform-mesh_io_account.core_opencp_cloud_managedcontrolplane',
              loadingIndicator: { enabled: false },
              category: { id: 'kro-resources', isGroup: true, label: 'KRO Resources', order: 830 },
              url: '/generic-resource-view/index.html',
              context: {
                resourceDefinition: {
                  group: 'kro.run',
                  version: 'v1alpha1',
                  kind: 'ResourceGraphDefinition',
                  plural: 'ResourceGraphDefinitions',
                  singular: 'resourcegraphdefinition',
                  scope: 'Cluster',
                },
              },
            },
          ],
        },
      },
    });
  });

  it('Flux and OCM: one configuration per API of the table, all Ready before the tool is', () => {
    activate('flux');
    activate('ocm');
    ws().store.create(def('Flux'), { metadata: { name: 'default' }, spec: { version: 'v2.4.0' } });
    ws().store.create(def('OCMController'), { metadata: { name: 'default' }, spec: { version: 'v0.29.0' } });
    until(
      'both Ready',
      () => get('Flux', 'default')?.status?.phase === 'Ready' && get('OCMController', 'default')?.status?.phase === 'Ready',
    );
    expect(ccNames('flux')).toEqual([
      'opencp-flux-gitrepository',
      'opencp-flux-helmrelease',
      'opencp-flux-helmrepository',
      'opencp-flux-kustomization',
      'opencp-flux-ocirepository',
    ]);
    expect(ccNames('ocm')).toEqual(['opencp-ocm-component', 'opencp-ocm-deployer', 'opencp-ocm-repository', 'opencp-ocm-resource']);
    for (const name of [...ccNames('flux'), ...ccNames('ocm')]) expect(ready(get('ContentConfiguration', name))?.status).toBe('True');
  });

  it('Crossplane: provider navigation per provider in spec.providers without waiting for Ready; a dropped provider loses it', () => {
    activate('crossplane');
    ws().store.create(def('Crossplane'), {
      metadata: { name: 'default' },
      spec: { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] },
    });
    until('navigation', () => ccNames('crossplane').length > 0);
    expect(get('Crossplane', 'default')?.status?.phase).toBe('Provisioning');
    expect(ready(get('Crossplane', 'default'))?.status).toBe('False');
    expect(ccNames('crossplane')).toEqual([
      'opencp-crossplane-k8s-object',
      'opencp-crossplane-k8s-observedobjectcollection',
      'opencp-crossplane-k8s-providerconfig',
    ]);
    until('Crossplane Ready', () => get('Crossplane', 'default')?.status?.phase === 'Ready');
    ws().store.update(def('Crossplane'), 'default', { spec: { providers: [] } });
    until('provider navigation gone', () => ccNames('crossplane').length === 0);
  });

  it('deactivation: the navigation is deleted (finalizer released) before the binding finishes deleting', () => {
    activate('kro');
    ws().store.create(def('KRO'), { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    until('KRO Ready', () => get('KRO', 'default')?.status?.phase === 'Ready');
    const order: string[] = [];
    ws().store.subscribe((e) => e.type === 'DELETED' && order.push(`${e.resource.kind} ${e.object.metadata.name}`));
    ws().store.delete(def('APIBinding'), 'kro.services.opencp.cloud');
    until('binding gone', () => get('APIBinding', 'kro.services.opencp.cloud') === undefined);
    expect(order).toEqual(['ContentConfiguration opencp-kro-resourcegraphdefinition', 'APIBinding kro.services.opencp.cloud']);
  });

  it('every configuration of the table validates against the portal strict schema', () => {
    for (const tool of ['kro', 'flux', 'ocm', 'crossplane']) activate(tool);
    for (const [kind, version] of [
      ['KRO', 'v0.8.5'],
      ['Flux', 'v2.4.0'],
      ['OCMController', 'v0.29.0'],
    ])
      ws().store.create(def(kind), { metadata: { name: 'default' }, spec: { version } });
    ws().store.create(def('Crossplane'), {
      metadata: { name: 'default' },
      spec: { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] },
    });
    until('all Ready', () => ['KRO', 'Flux', 'OCMController', 'Crossplane'].every((k) => get(k, 'default')?.status?.phase === 'Ready'));
    const written = ws()
      .store.list(def('ContentConfiguration'))
      .filter((c) => c.metadata.labels?.['ui.platform-mesh.io/content-for'] !== undefined);
    expect(written.map((c) => c.metadata.name).sort()).toEqual(TOOL_APIS.map((a) => a.contentConfiguration).sort());
    for (const cc of written) {
      const content: unknown = JSON.parse((cc.spec?.inlineConfiguration as { content: string }).content);
      expect([cc.metadata.name, validateContent(content), validateContent.errors ?? null]).toEqual([cc.metadata.name, true, null]);
    }
  });
});
