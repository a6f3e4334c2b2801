import { TestBed } from '@angular/core/testing';
import type { ConfigureDraft, ToolDefinition } from '@opencp/onboarding';
import { buildComponentsTool, buildProvidersTool, buildResource, buildTool } from '@opencp/onboarding/testing';
import { DE } from '../../i18n/de';
import { EN } from '../../i18n/en';
import { ConfigureForm } from './configure-form';
import { ConfigureFormHarness } from './configure-form.harness';

async function render(
  tool: ToolDefinition,
  inputs: Partial<{ draft: ConfigureDraft | null; resource: ReturnType<typeof buildResource> | null; busy: boolean }> = {},
) {
  const fixture = TestBed.createComponent(ConfigureForm);
  fixture.componentRef.setInput('tool', tool);
  fixture.componentRef.setInput('texts', EN);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  const submitted: ConfigureDraft[] = [];
  fixture.componentInstance.submitted.subscribe((draft) => submitted.push(draft));
  await fixture.whenStable();
  return { fixture, submitted, form: new ConfigureFormHarness(fixture.nativeElement, () => fixture.whenStable()) };
}

describe('ConfigureForm', () => {
  it('offers the versions newest first and selects the newest by semver', async () => {
    const tool = buildTool({ versions: [{ version: 'v0.10.0' }, { version: 'v0.9.3' }, { version: 'v0.8.5' }] });
    const { form } = await render(tool);
    expect(form.versions()).toEqual(['v0.10.0', 'v0.9.3', 'v0.8.5']);
    expect(form.selectedVersion()).toBe('v0.10.0');
  });

  it('previews exactly the object that will be created, following the chosen version', async () => {
    const { form } = await render(buildTool());
    expect(form.yaml()).toContain('kind: KRO');
    expect(form.yaml()).toContain('name: default');
    expect(form.yaml()).toContain('version: v0.9.3');
    expect(form.yaml()).toContain('chartVersion: 0.9.3');
    await form.chooseVersion('v0.8.5');
    expect(form.yaml()).toContain('version: v0.8.5');
    expect(form.yaml()).toContain('chartVersion: 0.8.5');
  });

  it('adds and removes Crossplane providers, each with its version', async () => {
    const { form, submitted } = await render(buildProvidersTool());
    expect(form.providers()).toEqual(['provider-kubernetes@v0.15.0']);
    await form.addProvider();
    expect(form.providers()).toEqual(['provider-kubernetes@v0.15.0', 'provider-helm@v0.20.0']);
    expect(form.isDisabled('add-provider')).toBe(true); // every offered provider is chosen
    await form.chooseProviderVersion(0, 'v0.16.0');
    await form.removeProvider(1);
    expect(form.providers()).toEqual(['provider-kubernetes@v0.16.0']);
    expect(form.yaml()).toContain('provider-kubernetes');
    expect(form.yaml()).not.toContain('provider-helm');
    await form.submit();
    expect(submitted).toEqual([{ version: 'v2.0.2', providers: [{ name: 'provider-kubernetes', version: 'v0.16.0' }] }]);
  });

  it('checks the Flux default components and sends the changed selection', async () => {
    const tool = buildComponentsTool();
    const extension = tool.extension;
    if (extension?.type !== 'components') throw new Error('components tool expected');
    const { form, submitted } = await render(tool);
    for (const name of extension.components) expect(form.componentChecked(name)).toBe(extension.defaults.includes(name));
    const first = extension.components[0];
    await form.toggleComponent(first);
    expect(form.componentChecked(first)).toBe(!extension.defaults.includes(first));
    await form.submit();
    expect(submitted[0].components?.includes(first)).toBe(!extension.defaults.includes(first));
  });

  it('validates against the catalog and blocks submitting an unknown version', async () => {
    const { form, submitted } = await render(buildTool(), { draft: { version: 'v9.9.9' } });
    expect(form.errors()).toEqual([EN.form.errors['unknown-version']('v9.9.9')]);
    expect(form.canSubmit()).toBe(false);
    await form.submit();
    expect(submitted).toEqual([]);
  });

  it('shows the kept draft after a failure instead of the defaults', async () => {
    const { form } = await render(buildTool(), { draft: { version: 'v0.8.5' } });
    expect(form.selectedVersion()).toBe('v0.8.5');
    expect(form.yaml()).toContain('version: v0.8.5');
  });

  it('prefills the upgrade form with the installed spec and offers Cancel', async () => {
    const resource = buildResource({ spec: { version: 'v0.8.5', chartVersion: '0.8.5' } });
    const { form, fixture } = await render(buildTool(), { resource });
    let cancelled = 0;
    fixture.componentInstance.cancelled.subscribe(() => cancelled++);
    expect(form.selectedVersion()).toBe('v0.8.5');
    expect(form.submitId()).toBe('upgrade-submit');
    await form.click('cancel-upgrade');
    expect(cancelled).toBe(1);
  });

  it('disables submitting while a write is in flight', async () => {
    const { form, submitted } = await render(buildTool(), { busy: true });
    expect(form.canSubmit()).toBe(false);
    await form.submit();
    expect(submitted).toEqual([]);
  });

  it('speaks German when given the German texts', async () => {
    const { fixture } = await render(buildTool());
    fixture.componentRef.setInput('texts', DE);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain(DE.form.preview);
  });
});
