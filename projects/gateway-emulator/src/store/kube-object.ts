/** Stored object shape: the API server's unstructured object (only `metadata` is typed). */
export interface ObjectMeta {
  name: string;
  generateName?: string;
  /** Namespaced kinds only. */
  namespace?: string;
  uid: string;
  resourceVersion: string;
  generation: number;
  creationTimestamp: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  [field: string]: unknown;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [field: string]: unknown;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** RFC 3339 with second precision, as the API server writes `creationTimestamp` and conditions. */
export const kubeTimestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
