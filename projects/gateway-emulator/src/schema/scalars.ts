import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

/**
 * `JSONString` (docs/platform.md §4.4): free-form objects and int-or-string values travel as a JSON string both
 * ways. Reading serialises the stored value; writing parses the string (invalid JSON is a GraphQL error).
 */
export const JSONStringScalar = new GraphQLScalarType({
  name: 'JSONString',
  description: 'A JSON-serialized string representation of any object.',
  serialize: (value) => JSON.stringify(value),
  parseValue: (value) => parseJson(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseJson(ast.value) : invalidLiteral('JSONString', ast)),
});

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') throw new GraphQLError(`JSONString cannot represent a non-string value: ${JSON.stringify(value)}`);
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new GraphQLError(`JSONString cannot parse ${JSON.stringify(value)}: ${(error as Error).message}`);
  }
}

/**
 * `StringMap_Input` (docs/platform.md §4.4): labels, annotations, `matchLabels`. Read as an object; written as
 * an object or as `[{key, value}]`, both as variable and inline.
 */
export const StringMapScalar = new GraphQLScalarType({
  name: 'StringMap_Input',
  description: 'Input type for a map from strings to strings.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (Array.isArray(value)) {
      return Object.fromEntries(
        value.filter((e): e is { key: string; value?: unknown } => typeof e?.key === 'string').map((e) => [e.key, String(e.value ?? '')]),
      );
    }
    if (typeof value === 'object' && value !== null) return value;
    throw new GraphQLError(`StringMap_Input cannot represent ${JSON.stringify(value)}: send an object or [{key, value}]`);
  },
  parseLiteral: (ast, variables) => {
    if (ast.kind === Kind.OBJECT) {
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalString(f.value, variables)]));
    }
    if (ast.kind === Kind.LIST) {
      const entries: Array<[string, string]> = [];
      for (const item of ast.values) {
        if (item.kind !== Kind.OBJECT) return invalidLiteral('StringMap_Input', ast);
        const key = item.fields.find((f) => f.name.value === 'key');
        const value = item.fields.find((f) => f.name.value === 'value');
        if (key) entries.push([literalString(key.value, variables), value ? literalString(value.value, variables) : '']);
      }
      return Object.fromEntries(entries);
    }
    return invalidLiteral('StringMap_Input', ast);
  },
});

function literalString(node: ValueNode, variables: Record<string, unknown> | null | undefined): string {
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.VARIABLE) return String(variables?.[node.name.value] ?? '');
  throw new GraphQLError(`StringMap_Input values must be strings`, { nodes: node });
}

function invalidLiteral(scalar: string, ast: ValueNode): never {
  throw new GraphQLError(`${scalar} cannot represent literal of kind ${ast.kind}`, { nodes: ast });
}
