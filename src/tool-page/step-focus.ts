import { afterEveryRender, afterNextRender, effect, ElementRef, inject, Injector, untracked, type Signal } from '@angular/core';
import type { OnboardingStep } from '@opencp/onboarding';

/** What the page shows: the step, or `<step>:upgrade` while the upgrade form replaces the step's panel. */
export type StepView = OnboardingStep | `${OnboardingStep}:upgrade`;

/**
 * Moves focus to the new view's heading (`[data-focus-target]`) after every view change except the first render,
 * so keyboard and screen-reader users land on what changed (and focus is not lost with a removed button). Focus is
 * only moved while it is inside this element or lost (on `body`): a change the platform makes on its own (e.g. the
 * control plane becoming Ready) never pulls focus away from the portal's navigation; the live region announces it.
 * The deferred configure form renders one or more renders after its step: while `formAwaited()` and its heading is
 * missing, each render tries again.
 * Call in a component's injection context.
 * @param onChange runs (untracked) on each step change before focusing, e.g. to clear a notice
 */
export function followStepFocus(view: Signal<StepView | null>, formAwaited: Signal<boolean>, onChange: () => void): void {
  const injector = inject(Injector);
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  let pending = false;
  const focus = () => {
    if (!focusIsOursOrLost(host)) {
      pending = false;
      return;
    }
    const target = (host.shadowRoot ?? host).querySelector<HTMLElement>('[data-focus-target]');
    pending = !target && untracked(formAwaited);
    target?.focus();
  };
  let previous: StepView | null = null;
  effect(() => {
    const current = view();
    const before = previous;
    previous = current;
    if (!current || !before || before === current || before === 'loading') return;
    untracked(onChange);
    afterNextRender(focus, { injector });
  });
  afterEveryRender(() => {
    if (pending) focus();
  });
}

/** True when the document's focus is inside `host` (its shadow root included) or nowhere in particular. */
function focusIsOursOrLost(host: HTMLElement): boolean {
  const active = host.ownerDocument.activeElement;
  return !active || active === host.ownerDocument.body || active === host || host.contains(active);
}
