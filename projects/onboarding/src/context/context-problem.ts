/** Why the context is not usable; the UI shows a translated text per key instead of a blank element. */
export type ContextProblemKey = 'missing-gateway-url' | 'invalid-gateway-url' | 'missing-token';

/** A context field the element cannot work without, and what is wrong with it. */
export interface ContextProblem {
  readonly key: ContextProblemKey;
  /** English detail for logs and the detail line (names the context field). */
  readonly detail: string;
}

/** Result of a context resolver: a value or the problem that prevents it. */
export type ContextResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ContextProblem };

/** A usable context value. */
export function contextValue<T>(value: T): ContextResult<T> {
  return { ok: true, value };
}

/** A context problem of `key`; `detail` names the context field for logs (e.g. `context.token is empty`). */
export function contextProblem<T>(key: ContextProblemKey, detail: string): ContextResult<T> {
  return { ok: false, problem: { key, detail } };
}
