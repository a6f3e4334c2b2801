import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { buildTool } from '../../../testing/tool-builders';
import { stateQuery } from './state-query';

const operations = (document: ReturnType<typeof stateQuery>) =>
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const fragmentNames = (document: ReturnType<typeof stateQuery>) =>
  document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []));

describe('stateQuery', () => {
  const kro = buildTool();

  it('without extra: one operation of that name, no variables, the MCP, binding and tool blocks', () => {
    const document = stateQuery('Plain', [{ tool: kro, alias: 'tool_kro', fragmentSuffix: '' }]);
    const [operation, ...more] = operations(document);
    expect(more).toEqual([]);
    expect(operation.name?.value).toBe('Plain');
    expect(operation.variableDefinitions).toEqual([]);
    expect(print(document)).toContain('tool_kro: ');
  });

  it('adds the extra operation’s variables, fields and fragments, wherever its fragments stand', () => {
    const extra = parse(`
      fragment ExtraFields on Thing { name }
      query Extra($workspace: String!) { things(workspace: $workspace) { ...ExtraFields } }
    `);
    const document = stateQuery('WithExtra', [{ tool: kro, alias: 'tool', fragmentSuffix: '' }], extra);
    const [operation, ...more] = operations(document);
    expect(more).toEqual([]);
    expect(operation.name?.value).toBe('WithExtra');
    expect(operation.variableDefinitions?.map((v) => v.variable.name.value)).toEqual(['workspace']);
    const fields = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? (s.alias ?? s.name).value : s.kind));
    expect(fields.at(-1)).toBe('things');
    expect(fragmentNames(document).filter((name) => name === 'ExtraFields')).toHaveLength(1);
  });

  it('refuses an alias that is no GraphQL name, naming the tool', () => {
    expect(() => stateQuery('Bad', [{ tool: kro, alias: 'tool-kro', fragmentSuffix: '' }])).toThrow(
      '"tool-kro" is not a valid GraphQL name for alias of tool kro',
    );
  });
});
