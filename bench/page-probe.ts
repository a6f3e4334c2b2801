import type { Page } from '@playwright/test';

/**
 * Which screen a probe reads. A tool page is complete at `step`, once the custom elements `definedTags` (e.g. the
 * lazily loaded `ui5-select` of the configure form) are defined.
 */
export type ProbedScreen =
  | { kind: 'overview'; toolIds: readonly string[]; steps?: Readonly<Record<string, string>> }
  | { kind: 'tool'; toolId: string; step: string; definedTags?: readonly string[] };

/**
 * In-page helpers, kept as source text: functions transpiled by tsx carry helper calls (`__name`) that do not exist
 * in the page. `deepAll` searches open shadow roots (UI5 and the elements use them); `stamp` is the page's epoch ms.
 */
const IN_PAGE_HELPERS = `
  const deepAll = (root, selector, found = []) => {
    root.querySelectorAll(selector).forEach((element) => found.push(element));
    root.querySelectorAll('*').forEach((element) => element.shadowRoot && deepAll(element.shadowRoot, selector, found));
    return found;
  };
  const stamp = () => performance.timeOrigin + performance.now();
  const toolStep = () => deepAll(document, '[data-testid="status"]')[0]?.getAttribute('data-step') ?? null;
  const cardStep = (id) => deepAll(document, '[data-testid="tool-card-' + id + '"]')[0]?.getAttribute('data-step') ?? null;
`;

/** OnboardingStep of the seeded workspace once its control plane is Ready: Activate is offered. */
export const SEEDED_STEP = 'not-activated';

/**
 * Waits (requestAnimationFrame polling) until the screen shows its first complete state and returns the page's epoch
 * ms at that frame plus what it showed. Complete: a tool page whose `status` has `data-step` = `screen.step` with
 * `screen.definedTags` defined; the overview with every tool's `tool-card-<id>` at its `screen.steps` entry, by default
 * `data-step="not-activated"` (the seeded state once the control plane is Ready: Activate offered). Rejects after
 * `timeoutMs`.
 */
export async function waitForFirstComplete(page: Page, screen: ProbedScreen, timeoutMs: number): Promise<{ at: number; shown: string }> {
  const predicate =
    screen.kind === 'tool'
      ? `toolStep() === ${JSON.stringify(screen.step)} &&
         ${JSON.stringify(screen.definedTags ?? [])}.every((tag) => customElements.get(tag) !== undefined)
          ? { at: stamp(), shown: toolStep() } : false`
      : `(() => {
          const expected = ${JSON.stringify(screen.toolIds.map((id) => screen.steps?.[id] ?? SEEDED_STEP))};
          const steps = ${JSON.stringify(screen.toolIds)}.map(cardStep);
          return steps.every((step, index) => step === expected[index]) ? { at: stamp(), shown: steps.join(',') } : false;
        })()`;
  const handle = await page.waitForFunction(`(() => { ${IN_PAGE_HELPERS} return ${predicate}; })()`, undefined, {
    polling: 'raf',
    timeout: timeoutMs,
  });
  return (await handle.jsonValue()) as { at: number; shown: string };
}

/** One step the screen showed for a tool, from the animation frame it first appeared in (page epoch ms). */
export interface StepSample {
  at: number;
  step: string | null;
}

/**
 * Starts sampling, on every animation frame, the `data-step` the screen shows for `toolId` (tool page: its `status`;
 * overview: the tool's card) and keeps each change with its frame time, readable with `readStepTimeline`.
 */
export async function startStepTimeline(page: Page, screen: ProbedScreen, toolId: string): Promise<void> {
  const read = screen.kind === 'tool' ? 'toolStep()' : `cardStep(${JSON.stringify(toolId)})`;
  await page.evaluate(`(() => {
    ${IN_PAGE_HELPERS}
    const timeline = (window.__benchStepTimeline = []);
    const sample = () => {
      const step = ${read};
      if (timeline.length === 0 || timeline[timeline.length - 1].step !== step) timeline.push({ at: stamp(), step });
      requestAnimationFrame(sample);
    };
    sample();
  })()`);
}

/** The changes sampled since `startStepTimeline`, oldest first. */
export async function readStepTimeline(page: Page): Promise<StepSample[]> {
  return (await page.evaluate('window.__benchStepTimeline ?? []')) as StepSample[];
}

/**
 * Polls the timeline until a sample satisfies `reached` and returns that sample (the first one), or null when none
 * did within `timeoutMs`.
 */
export async function waitForStep(page: Page, reached: (sample: StepSample) => boolean, timeoutMs: number): Promise<StepSample | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await readStepTimeline(page)).find(reached);
    if (found) return found;
    await page.waitForTimeout(20);
  }
  return null;
}
