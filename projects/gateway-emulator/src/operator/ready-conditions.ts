import { KubeObject } from '../store/kube-object';
import { Condition } from './conditions';
import { ServiceTool } from './service-tools';

/**
 * Conditions of a Ready enablement object (docs/platform.md §2.4): `Ready=True ReconcileSuccess` "Domain Service
 * is ready"; Crossplane also reports `Reconciled`, `CrossplaneReady` and one `<Provider>Ready` per provider.
 */
export function readyConditions(tool: ServiceTool, object: KubeObject): Array<Omit<Condition, 'lastTransitionTime'>> {
  const ready = { type: 'Ready', status: 'True' as const, reason: 'ReconcileSuccess', message: 'Domain Service is ready' };
  if (tool.id !== 'crossplane') return [ready];
  const providers = ((object.spec?.providers as Array<{ name: string }>) ?? []).map((p) => ({
    type: `${p.name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}Ready`,
    status: 'True' as const,
    reason: 'Healthy',
    message: `${p.name} is healthy`,
  }));
  return [
    ready,
    { type: 'Reconciled', status: 'True', reason: 'ReconcileSuccess', message: 'All components reconciled' },
    { type: 'CrossplaneReady', status: 'True', reason: 'Healthy', message: 'Crossplane is healthy' },
    ...providers,
  ];
}
