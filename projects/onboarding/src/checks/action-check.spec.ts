import { buildResource, buildTool } from '@opencp/onboarding/testing';
import { PREVIOUS_SPEC_ANNOTATION } from '../config/previous-spec';
import { operationName } from '../gateway/documents/instantiate-template';
import { updateDryRun } from './action-check';

describe('updateDryRun', () => {
  const tool = buildTool();

  it('dry-runs the very patch Change version sends: changed fields, resourceVersion and the previous-spec annotation', () => {
    const resource = buildResource({ resourceVersion: '300', spec: { version: 'v0.9.3', chartVersion: '0.9.3' } });
    const request = updateDryRun(tool, { version: 'v0.8.5' }, resource);
    expect(operationName(request.document)).toBe('UpdateKRO');
    expect(request.variables).toEqual({
      name: 'default',
      resourceVersion: '300',
      annotations: { [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify({ version: 'v0.9.3', chartVersion: '0.9.3' }) },
      version: 'v0.8.5',
      chartVersion: '0.8.5',
      dryRun: true,
    });
  });

  it('sends no annotation for a resource without a version (nothing to roll back to)', () => {
    const resource = buildResource({ resourceVersion: '300', spec: {} });
    expect(updateDryRun(tool, { version: 'v0.8.5' }, resource).variables).not.toHaveProperty('annotations');
  });
});
