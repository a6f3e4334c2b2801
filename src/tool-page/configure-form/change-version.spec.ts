import { TestBed } from '@angular/core/testing';
import type { ConfigureDraft, EnablementResource, ToolDefinition } from '@opencp/onboarding';
import { buildProvidersTool, buildResource } from '@opencp/onboarding/testing';
import { DE } from '../../i18n/de';
import { EN } from '../../i18n/en';
import { normalise } from '../../testing/dom-harness';
import { ConfigureForm } from './configure-form';
import { ConfigureFormHarness } from './configure-form.harness';

const crossplane = buildProvidersTool({ versions: [{ version: 'v1.19.0' }, { version: 'v1.20.0' }, { version: 'v1.20.1' }] });
const providers = [{ name: 'provider-kubernetes', version: 'v0.15.0' }];
const installed = buildResource({ spec: { version: 'v1.20.0', providers } });

async function render(tool: ToolDefinition, resource: EnablementResource, texts = EN) {
  const fixture = TestBed.createComponent(ConfigureForm);
  fixture.componentRef.setInput('tool', tool);
  fixture.componentRef.setInput('texts', texts);
  fixture.componentRef.setInput('resource', resource);
  const submitted: ConfigureDraft[] = [];
  fixture.componentInstance.submitted.subscribe((draft) => submitted.push(draft));
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return { fixture, submitted, root, form: new ConfigureFormHarness(root, () => fixture.whenStable()) };
}

const optionTexts = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('[data-testid="version-select"] ui5-option')).map((option) => normalise(option.textContent));
const diffLines = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('[data-diff]')).map((line) => `${line.getAttribute('data-diff')}|${normalise(line.textContent)}`);

describe('Change version', () => {
  it('is titled Change version, labels versions newer / installed / older and shows current → target', async () => {
    const { root, form } = await render(crossplane, installed);
    expect(normalise(root.querySelector('h3')?.textContent)).toBe('Change version');
    expect(optionTexts(root)).toEqual(['v1.20.1 (newer)', 'v1.20.0 (installed)', 'v1.19.0 (older)']);
    await form.chooseVersion('v1.20.1');
    expect(form.text('version-change')).toBe('v1.20.0 → v1.20.1');
  });

  it('cannot submit the configuration in force unchanged', async () => {
    const { form, submitted } = await render(crossplane, installed);
    expect(form.has('unchanged')).toBe(true);
    expect(form.canSubmit()).toBe(false);
    await form.submit();
    expect(submitted).toEqual([]);
  });

  it('needs the downgrade warning confirmed before an older version is submitted', async () => {
    const { form, submitted } = await render(crossplane, installed);
    await form.chooseVersion('v1.19.0');
    expect(form.text('downgrade-warning')).toBe(EN.form.downgradeWarning('v1.20.0', 'v1.19.0'));
    expect(form.canSubmit()).toBe(false);
    await form.confirmDowngrade();
    expect(form.canSubmit()).toBe(true);
    await form.submit();
    expect(submitted).toEqual([{ version: 'v1.19.0', providers }]);
    await form.chooseVersion('v1.20.1');
    await form.chooseVersion('v1.19.0');
    expect(form.canSubmit()).toBe(false); // a new choice needs a new confirmation
  });

  it('shows what will change as a line diff with the kind in words, and provider changes in words', async () => {
    const { form, root } = await render(crossplane, installed);
    await form.chooseVersion('v1.20.1');
    expect(diffLines(root)).toEqual([
      'removed|−removed: version: v1.20.0',
      'added|+added: version: v1.20.1',
      'unchanged|providers:',
      'unchanged|- name: provider-kubernetes',
      'unchanged|version: v0.15.0',
    ]);
    expect(form.has('extension-changes')).toBe(false);
    await form.click('add-provider');
    expect(normalise(form.find('extension-changes')?.textContent)).toContain('will be added');
  });

  it('speaks German', async () => {
    const { root, form } = await render(crossplane, installed, DE);
    expect(optionTexts(root)).toEqual(['v1.20.1 (neuer)', 'v1.20.0 (installiert)', 'v1.19.0 (älter)']);
    await form.chooseVersion('v1.20.1');
    expect(diffLines(root)[1]).toBe('added|+hinzugefügt: version: v1.20.1');
  });
});
