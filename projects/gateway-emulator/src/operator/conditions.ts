/** A status condition (metav1.Condition; kcp's also carry `severity`). */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime: string;
  severity?: string;
  observedGeneration?: number;
}

/**
 * Conditions after setting `next` (by type): `lastTransitionTime` only moves when the status changes, as
 * controllers do, so re-applying the same desired state writes nothing.
 */
export function withConditions(current: unknown, next: Array<Omit<Condition, 'lastTransitionTime'>>, now: string): Condition[] {
  const existing = Array.isArray(current) ? (current as Condition[]) : [];
  const result = existing.filter((c) => !next.some((n) => n.type === c.type));
  for (const condition of next) {
    const previous = existing.find((c) => c.type === condition.type);
    const lastTransitionTime = previous && previous.status === condition.status ? previous.lastTransitionTime : now;
    result.push({ ...condition, lastTransitionTime });
  }
  return result.sort((a, b) => a.type.localeCompare(b.type));
}
