import { computed, DestroyRef, effect, inject, signal, untracked, type Signal } from '@angular/core';
import type { ConfigureDraft, DraftCheck, DryRunOutcome } from '@opencp/onboarding';
import { DebouncedCheck } from '@opencp/onboarding/yaml-preview';

const keyOf = (draft: ConfigureDraft) => JSON.stringify(draft);

/**
 * The configure / Change version form's server-side check (docs/onboarding-ui.md §11): while the form is valid
 * locally, every edit restarts a {@link DebouncedCheck} (500 ms on the flow's scheduler, none while the value is the
 * one checked last) that dry-runs what Install / Change version would send. `rejected` is the API server's validation
 * or admission message for the value on screen; a transport failure (`unknown`) shows nothing and lets the same
 * value be checked again after the next edit. Create it in an injection context (it registers effects).
 */
export class ServerCheck {
  private readonly answer = signal<{ readonly key: string; readonly outcome: DryRunOutcome } | null>(null);
  /** The API server's message when it would refuse the value on screen; null otherwise (also while unchecked). */
  readonly rejection: Signal<string | null>;

  /**
   * @param check the flow's draft check (null: no server check, e.g. in a page without a flow)
   * @param value the form's current draft
   * @param checkable whether the value may be sent: valid locally and (Change version) a change
   */
  constructor(check: Signal<DraftCheck | null>, value: Signal<ConfigureDraft>, checkable: Signal<boolean>) {
    this.rejection = computed(() => {
      const answer = this.answer();
      return answer?.key === keyOf(value()) && answer.outcome.kind === 'rejected' ? answer.outcome.message : null;
    });
    let current: { readonly check: DraftCheck; readonly debounced: DebouncedCheck<ConfigureDraft, DryRunOutcome> } | null = null;
    effect(() => {
      const draftCheck = check();
      const draft = value();
      const send = checkable();
      untracked(() => {
        if (current?.check !== draftCheck) {
          current?.debounced.dispose();
          current = draftCheck ? { check: draftCheck, debounced: this.debounced(draftCheck) } : null;
        }
        if (current && send) current.debounced.update(draft);
      });
    });
    inject(DestroyRef).onDestroy(() => current?.debounced.dispose());
  }

  private debounced(draftCheck: DraftCheck): DebouncedCheck<ConfigureDraft, DryRunOutcome> {
    const debounced = new DebouncedCheck<ConfigureDraft, DryRunOutcome>(
      draftCheck.scheduler,
      (draft) => draftCheck.check(draft),
      ({ value: draft, result }) => {
        // check() never rejects, so `result` is set; a transport failure lets the same value be checked again.
        if (result?.kind === 'unknown') debounced.reset();
        if (result) this.answer.set({ key: keyOf(draft), outcome: result });
      },
      undefined,
      keyOf,
    );
    return debounced;
  }
}
