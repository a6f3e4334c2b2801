import { PREVIOUS_SPEC_ANNOTATION } from '@opencp/onboarding';
import { buildBinding, buildResource, FakeGatewayClient, mutationResult, toolStateResult } from '@opencp/onboarding/testing';
import { EN } from '../i18n/en';
import { luigiClientStub } from '../testing/element-fakes';
import { setupToolPage, toolContext } from '../testing/tool-page-setup';

const installed = { version: 'v0.8.5', chartVersion: '0.8.5' };
const changed = buildResource({
  resourceVersion: '300',
  generation: 2,
  spec: { version: 'v0.9.3', chartVersion: '0.9.3' },
  annotations: { [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify(installed) },
});

describe('ToolPage: update available and roll back', () => {
  it('opens Change version with the version of the node parameter preselected (the overview\'s "Update available")', async () => {
    const gateway = new FakeGatewayClient().respond(
      'ToolState',
      toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ spec: installed })] }),
    );
    const { fixture, page, settle } = setupToolPage({ gateway });
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({ nodeParams: { changeVersion: 'v0.9.3' } }));
    fixture.componentRef.setInput('context', toolContext());
    await settle();
    expect(page.form().selectedVersion()).toBe('v0.9.3');
    expect(page.text('version-change')).toBe('v0.8.5 → v0.9.3');
    await page.click('cancel-upgrade');
    await settle();
    expect(page.has('installed-version')).toBe(true); // the parameter opens the form once only
    expect(page.has('version-change')).toBe(false);
  });

  it('without the node parameter the ready page stays as it is; "Update available" preselects that version', async () => {
    const gateway = new FakeGatewayClient().respond(
      'ToolState',
      toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ spec: installed })] }),
    );
    const { fixture, page, settle } = setupToolPage({ gateway });
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({}));
    fixture.componentRef.setInput('context', toolContext());
    await settle();
    expect(page.has('version-change')).toBe(false);
    expect(page.has('rollback')).toBe(false); // never changed here: nothing to roll back to
    await page.click('change-version');
    await settle();
    expect(page.form().selectedVersion()).toBe('v0.9.3');
  });

  it('rolls back only after the confirmation naming both versions, with the current resourceVersion', async () => {
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [changed] }))
      .respond(
        'UpdateKRO',
        mutationResult(buildResource({ resourceVersion: '301', generation: 3, phase: 'Progressing', spec: installed })),
      );
    const { fixture, page, settle } = setupToolPage({ gateway });
    const luigi = luigiClientStub({ confirm: false });
    fixture.componentRef.setInput('LuigiClient', luigi);
    fixture.componentRef.setInput('context', toolContext());
    await settle();
    expect(page.text('rollback')).toBe(EN.rollback.action('v0.8.5'));
    await page.click('rollback');
    await settle();
    expect(luigi.confirmations[0]).toMatchObject({
      header: 'Roll back KRO to v0.8.5?',
      body: EN.rollback.confirmBody('KRO', 'v0.9.3', 'v0.8.5'),
    });
    expect(gateway.callsOf('UpdateKRO').filter((call) => !call.variables['dryRun'])).toHaveLength(0);

    luigi.confirmResult = true;
    await page.click('rollback');
    await settle();
    const writes = gateway.callsOf('UpdateKRO').filter((call) => !call.variables['dryRun']);
    expect(writes.map((call) => call.variables)).toEqual([
      { name: 'default', resourceVersion: '300', annotations: { [PREVIOUS_SPEC_ANNOTATION]: null }, ...installed },
    ]);
    expect(page.step()).toBe('installing');
  });
});
