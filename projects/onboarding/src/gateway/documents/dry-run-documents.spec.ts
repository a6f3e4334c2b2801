import { print } from 'graphql';
import { buildTool } from '@opencp/onboarding/testing';
import { CreateAPIBindingMutation } from './api-binding-documents';
import { withDryRun } from './dry-run-documents';
import { literalValues, operationName } from './instantiate-template';
import { toolDocuments } from './tool-documents';

describe('withDryRun', () => {
  it('adds $dryRun to the operation and passes it to the result field only; the real document stays as it was', () => {
    const before = print(CreateAPIBindingMutation);
    const dryRun = withDryRun(CreateAPIBindingMutation);
    const printed = print(dryRun);
    expect(printed).toContain('mutation CreateAPIBinding($name: String!, $dryRun: Boolean)');
    expect(printed).toMatch(/result: createAPIBinding\([^)]*dryRun: \$dryRun\s*\)/);
    expect(printed.match(/dryRun: \$dryRun/g)).toHaveLength(1);
    expect(print(CreateAPIBindingMutation)).toBe(before);
    expect(operationName(dryRun)).toBe('CreateAPIBinding');
    expect(literalValues(dryRun)).toEqual([]);
    expect(withDryRun(CreateAPIBindingMutation)).toBe(dryRun); // derived once per document
  });

  it("keeps the tool update's merge-patch arguments and adds dryRun beside them", () => {
    const printed = print(withDryRun(toolDocuments(buildTool()).update));
    expect(printed).toMatch(/updateKRO\(\s*name: \$name\s*object: \{[^]*\}\s*dryRun: \$dryRun\s*\)/);
  });
});
