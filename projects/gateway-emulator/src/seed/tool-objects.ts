import { ResourceDefinition } from '../crd/resource-definition';
import { TOOL_DEFINITIONS } from '../crd/tool-crds';
import { kubeTimestamp } from '../store/kube-object';
import { WorkspaceStore } from '../store/workspace-store';

type Example = { name: string; namespace?: string; spec: Record<string, unknown>; ready?: boolean };

const repo = (name: string, url: string) => ({ name, namespace: 'flux-system', spec: { url, interval: '5m' } });
const sourceRef = (kind: string, name: string) => ({ kind, name, namespace: 'flux-system' });

/** A few example objects per kind (`--seed-tool-objects`), so the portal's lists of a freshly bound tool are not empty. */
const EXAMPLES: Record<string, Example[]> = {
  ResourceGraphDefinition: [
    {
      name: 'webapp.kro.run',
      spec: {
        schema: { apiVersion: 'v1alpha1', kind: 'WebApp', spec: { image: 'string', replicas: 'integer | default=1' } },
        resources: [{ id: 'deployment', template: { apiVersion: 'apps/v1', kind: 'Deployment' } }],
      },
    },
    {
      name: 'database.kro.run',
      spec: {
        schema: { apiVersion: 'v1alpha1', kind: 'Database', spec: { size: 'string' } },
        resources: [{ id: 'statefulset', template: { apiVersion: 'apps/v1', kind: 'StatefulSet' } }],
      },
      ready: false,
    },
  ],
  GitRepository: [
    repo('podinfo', 'https://github.com/stefanprodan/podinfo'),
    {
      ...repo('platform-config', 'https://github.com/example/platform-config'),
      spec: { url: 'https://github.com/example/platform-config', interval: '1m', ref: { branch: 'main' } },
    },
  ],
  HelmRepository: [repo('bitnami', 'https://charts.bitnami.com/bitnami'), repo('podinfo', 'https://stefanprodan.github.io/podinfo')],
  OCIRepository: [
    {
      name: 'podinfo',
      namespace: 'flux-system',
      spec: { url: 'oci://ghcr.io/stefanprodan/manifests/podinfo', interval: '10m', ref: { tag: 'latest' } },
    },
  ],
  Kustomization: [
    {
      name: 'apps',
      namespace: 'flux-system',
      spec: { interval: '10m', path: './apps', prune: true, sourceRef: sourceRef('GitRepository', 'platform-config') },
    },
    {
      name: 'infrastructure',
      namespace: 'flux-system',
      spec: { interval: '1h', path: './infrastructure', prune: true, sourceRef: sourceRef('GitRepository', 'platform-config') },
    },
  ],
  HelmRelease: [
    {
      name: 'podinfo',
      namespace: 'default',
      spec: { interval: '10m', chart: { spec: { chart: 'podinfo', version: '6.x', sourceRef: sourceRef('HelmRepository', 'podinfo') } } },
    },
  ],
  Component: [
    {
      name: 'podinfo',
      namespace: 'default',
      spec: { component: 'acme.org/podinfo', semver: '>=6.0.0', interval: '10m', repositoryRef: { name: 'ghcr' } },
    },
  ],
  Resource: [
    {
      name: 'podinfo-chart',
      namespace: 'default',
      spec: { componentRef: { name: 'podinfo' }, resource: { byReference: { resource: { name: 'helm-chart' } } }, interval: '10m' },
    },
  ],
  Repository: [
    { name: 'ghcr', namespace: 'default', spec: { repositorySpec: { baseUrl: 'ghcr.io/acme', type: 'OCIRegistry' }, interval: '10m' } },
  ],
  Deployer: [{ name: 'podinfo', spec: { resourceRef: { name: 'podinfo-chart', namespace: 'default' } } }],
  ProviderConfig: [{ name: 'default', spec: { credentials: { source: 'InjectedIdentity' } } }],
  Object: [
    {
      name: 'sample-namespace',
      spec: {
        forProvider: { manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'sample' } } },
        providerConfigRef: { name: 'default' },
      },
    },
    {
      name: 'sample-configmap',
      spec: {
        forProvider: {
          manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'sample', namespace: 'sample' }, data: { greeting: 'hello' } },
        },
        providerConfigRef: { name: 'default' },
      },
    },
  ],
  ObservedObjectCollection: [
    {
      name: 'team-configmaps',
      spec: {
        observeObjects: { apiVersion: 'v1', kind: 'ConfigMap', selector: { matchLabels: { team: 'a' } } },
        providerConfigRef: { name: 'default' },
      },
    },
  ],
};

/**
 * Creates the example objects of a tool's kinds that are missing (Ready=True, or one not yet ready to show both
 * states), as system writes with status. `now` stamps the conditions.
 */
export function seedToolObjects(store: WorkspaceStore, tool: string, now: Date): void {
  for (const def of TOOL_DEFINITIONS.get(tool as never) ?? []) {
    for (const example of EXAMPLES[def.kind] ?? []) seedOne(store, def, example, now);
  }
}

function seedOne(store: WorkspaceStore, def: ResourceDefinition, example: Example, now: Date): void {
  if (store.get(def, example.name, example.namespace)) return;
  const ready = example.ready !== false;
  const condition = ready
    ? {
        type: 'Ready',
        status: 'True',
        reason: 'Succeeded',
        message: `${def.kind} is ready`,
        lastTransitionTime: kubeTimestamp(now),
        observedGeneration: 1,
      }
    : {
        type: 'Ready',
        status: 'False',
        reason: 'Progressing',
        message: `reconciling ${def.kind}`,
        lastTransitionTime: kubeTimestamp(now),
        observedGeneration: 1,
      };
  store.systemCreate(def, {
    metadata: {
      name: example.name,
      ...(example.namespace ? { namespace: example.namespace } : {}),
      labels: { 'app.kubernetes.io/part-of': 'emulator-example' },
    },
    spec: example.spec,
    status: { observedGeneration: 1, conditions: [condition] },
  });
}
