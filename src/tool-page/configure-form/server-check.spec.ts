import { TestBed } from '@angular/core/testing';
import { GatewayError, type ConfigureDraft, type DryRunOutcome, type EnablementResource } from '@opencp/onboarding';
import { CHECK_DEBOUNCE_MS } from '@opencp/onboarding/yaml-preview';
import { buildResource, buildTool, FakeScheduler, flushPromises } from '@opencp/onboarding/testing';
import { EN } from '../../i18n/en';
import { ConfigureForm } from './configure-form';
import { ConfigureFormHarness } from './configure-form.harness';

const tool = buildTool(); // versions v0.9.3 (newest, the default) and v0.8.5
const invalid = 'KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value: "v0.8.5"';

/** The form with a draft check on a fake clock; `answers` decides each dry run by the draft's version. */
async function render(answers: Record<string, DryRunOutcome>, resource: EnablementResource | null = null) {
  const scheduler = new FakeScheduler();
  const checked: ConfigureDraft[] = [];
  const check = (draft: ConfigureDraft) => {
    checked.push(draft);
    return Promise.resolve(answers[draft.version] ?? { kind: 'allowed' });
  };
  const fixture = TestBed.createComponent(ConfigureForm);
  fixture.componentRef.setInput('tool', tool);
  fixture.componentRef.setInput('texts', EN);
  fixture.componentRef.setInput('resource', resource);
  fixture.componentRef.setInput('draftCheck', { scheduler, check });
  const settle = async () => {
    await flushPromises();
    await fixture.whenStable();
  };
  await settle();
  const form = new ConfigureFormHarness(fixture.nativeElement, settle);
  /** Advances the fake clock by `ms` and lets the answers render. */
  const advance = async (ms: number) => {
    scheduler.advance(ms);
    await settle();
  };
  return { form, checked, advance, fixture };
}

describe('ConfigureForm: the server-side check before Install', () => {
  it('checks the valid starting value once, 500 ms after it appeared, and not again while it stays', async () => {
    const { checked, advance } = await render({});
    await advance(CHECK_DEBOUNCE_MS - 1);
    expect(checked).toEqual([]);
    await advance(1);
    expect(checked.map((draft) => draft.version)).toEqual(['v0.9.3']);
    await advance(CHECK_DEBOUNCE_MS * 10);
    expect(checked).toHaveLength(1);
  });

  it('sends at most one check per 500 ms of edits, for the latest value', async () => {
    const { form, checked, advance } = await render({});
    await advance(300);
    await form.chooseVersion('v0.8.5');
    await advance(300);
    await form.chooseVersion('v0.9.3');
    await advance(300);
    await form.chooseVersion('v0.8.5');
    await advance(CHECK_DEBOUNCE_MS - 1);
    expect(checked).toEqual([]);
    await advance(1);
    expect(checked.map((draft) => draft.version)).toEqual(['v0.8.5']);
  });

  it("shows the API server's refusal inline for the value on screen, before Install", async () => {
    const { form, advance } = await render({ 'v0.8.5': { kind: 'rejected', message: invalid } });
    await advance(CHECK_DEBOUNCE_MS);
    expect(form.has('server-check')).toBe(false);
    await form.chooseVersion('v0.8.5');
    await advance(CHECK_DEBOUNCE_MS);
    expect(form.text('server-check')).toBe(`${EN.access.checkRejected} ${invalid}`);
    await form.chooseVersion('v0.9.3'); // another value: the refusal was not about it
    expect(form.has('server-check')).toBe(false);
  });

  it('keeps Install possible and shows nothing when the check failed for a transport reason; checks again after an edit', async () => {
    const unknown: DryRunOutcome = { kind: 'unknown', error: new GatewayError('network', 'The gateway could not be reached') };
    const { form, checked, advance } = await render({ 'v0.9.3': unknown });
    await advance(CHECK_DEBOUNCE_MS);
    expect(form.has('server-check')).toBe(false);
    expect(form.canSubmit()).toBe(true);
    await form.chooseVersion('v0.8.5');
    await form.chooseVersion('v0.9.3'); // back before the quiet time ended: the same value, checked again
    await advance(CHECK_DEBOUNCE_MS);
    expect(checked.map((draft) => draft.version)).toEqual(['v0.9.3', 'v0.9.3']);
  });

  it('Change version: no check of the configuration in force, one of the chosen change', async () => {
    const installed = buildResource({ spec: { version: 'v0.8.5', chartVersion: '0.8.5' } });
    const { form, checked, advance } = await render({}, installed);
    await advance(CHECK_DEBOUNCE_MS * 2);
    expect(checked).toEqual([]);
    await form.chooseVersion('v0.9.3');
    await advance(CHECK_DEBOUNCE_MS);
    expect(checked.map((draft) => draft.version)).toEqual(['v0.9.3']);
  });

  it('sends nothing once the form is gone', async () => {
    const { checked, fixture, advance } = await render({});
    fixture.destroy();
    await advance(CHECK_DEBOUNCE_MS);
    expect(checked).toEqual([]);
  });
});
