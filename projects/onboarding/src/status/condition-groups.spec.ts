import { buildBinding, buildResource, condition } from '../../testing/resource-builders';
import { buildState } from '../../testing/state-builder';
import { conditionDetails } from './condition-groups';

describe('conditionDetails', () => {
  it('keeps binding and tool conditions in separate groups, binding first', () => {
    const binding = buildBinding({ conditions: [condition('Ready', 'True')] });
    const resource = buildResource({ phase: 'Terminating', conditions: [condition('Ready', 'False', 'Deleting', 'waiting')] });
    const details = conditionDetails(buildState({ step: 'deactivating', binding, resource }));
    expect(details.groups.map((group) => [group.source, group.conditions.map((c) => `${c.type}=${c.status}`)])).toEqual([
      ['binding', ['Ready=True']],
      ['tool', ['Ready=False']],
    ]);
    expect(details.open).toBe(false);
  });

  it('opens the details only when a condition is an error by the display rule', () => {
    const resource = buildResource({ phase: 'Progressing', conditions: [condition('Ready', 'False', 'InstallFailed', 'boom')] });
    const details = conditionDetails(buildState({ step: 'installing', resource }));
    expect(details.open).toBe(true);
    expect(details.groups[0].errors.map((c) => c.reason)).toEqual(['InstallFailed']);
  });

  it('leaves out empty groups and the sources not asked for', () => {
    const binding = buildBinding({ conditions: [condition('Ready', 'True')] });
    expect(conditionDetails(buildState({ binding })).groups.map((group) => group.source)).toEqual(['binding']);
    expect(conditionDetails(buildState({ binding, resource: buildResource() }), ['tool']).groups.map((group) => group.source)).toEqual([
      'tool',
    ]);
  });
});
