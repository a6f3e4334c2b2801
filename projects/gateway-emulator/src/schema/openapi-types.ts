import {
  GraphQLBoolean,
  GraphQLFieldConfigMap,
  GraphQLFloat,
  GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLInt,
  GraphQLList,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLString,
} from 'graphql';
import { OpenApiSchema } from '../crd/resource-definition';
import { nestedTypeName, sanitizeFieldName } from '../naming/gateway-names';
import { OBJECT_META_SCHEMA, OBJECT_META_TYPE_NAME } from './object-meta';
import { JSONStringScalar, StringMapScalar } from './scalars';

interface TypePair {
  output: GraphQLOutputType;
  input: GraphQLInputType;
}

/**
 * OpenAPI → GraphQL types by the gateway's converter rules (docs/platform.md §4.2/§4.4): scalars by `type`,
 * arrays as lists, objects with properties as nested types named parent + capitalised field (inputs `_Input`),
 * string maps as `StringMap_Input`, other objects as `JSONString`, untyped (int-or-string) as String.
 * Every field is nullable. Types are created once per name and shared.
 */
export class OpenApiTypeConverter {
  private readonly objects = new Map<string, { output: GraphQLObjectType; input: GraphQLInputObjectType }>();

  /** Fields of a resource's top-level object; `metadata` is always the shared ObjectMeta type. */
  resourceFields(
    schema: OpenApiSchema,
    typeName: string,
  ): { fields: GraphQLFieldConfigMap<unknown, unknown>; inputFields: GraphQLInputFieldConfigMap } {
    const properties = { ...(schema.properties ?? {}) };
    const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
    const inputFields: GraphQLInputFieldConfigMap = {};
    for (const [name, property] of Object.entries(properties)) {
      const pair =
        name === 'metadata'
          ? this.objectType(OBJECT_META_SCHEMA, OBJECT_META_TYPE_NAME)
          : this.convert(property, nestedTypeName(typeName, name));
      this.addField(fields, inputFields, name, pair);
    }
    return { fields, inputFields };
  }

  private convert(schema: OpenApiSchema, typeName: string): TypePair {
    switch (schema.type) {
      case 'string':
        return { output: GraphQLString, input: GraphQLString };
      case 'integer':
        return { output: GraphQLInt, input: GraphQLInt };
      case 'number':
        return { output: GraphQLFloat, input: GraphQLFloat };
      case 'boolean':
        return { output: GraphQLBoolean, input: GraphQLBoolean };
      case 'array': {
        const item = schema.items ? this.convert(schema.items, typeName) : { output: GraphQLString, input: GraphQLString };
        return { output: new GraphQLList(item.output), input: new GraphQLList(item.input) };
      }
      case 'object':
        if (schema.properties && Object.keys(schema.properties).length > 0) return this.objectType(schema, typeName);
        if (typeof schema.additionalProperties === 'object' && schema.additionalProperties.type === 'string') {
          return { output: StringMapScalar, input: StringMapScalar };
        }
        return { output: JSONStringScalar, input: JSONStringScalar };
      default:
        return { output: GraphQLString, input: GraphQLString };
    }
  }

  private objectType(schema: OpenApiSchema, fallbackName: string): TypePair {
    const typeName = typeof schema['x-graphql-type-name'] === 'string' ? schema['x-graphql-type-name'] : fallbackName;
    const existing = this.objects.get(typeName);
    if (existing) return existing;
    const properties = Object.entries(schema.properties ?? {});
    const pair = {
      output: new GraphQLObjectType({
        name: typeName,
        fields: () => {
          const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
          for (const [name, property] of properties)
            this.addField(fields, {}, name, this.convert(property, nestedTypeName(typeName, name)));
          return fields;
        },
      }),
      input: new GraphQLInputObjectType({
        name: `${typeName}_Input`,
        fields: () => {
          const inputFields: GraphQLInputFieldConfigMap = {};
          for (const [name, property] of properties)
            this.addField({}, inputFields, name, this.convert(property, nestedTypeName(typeName, name)));
          return inputFields;
        },
      }),
    };
    this.objects.set(typeName, pair);
    return pair;
  }

  private addField(
    fields: GraphQLFieldConfigMap<unknown, unknown>,
    inputFields: GraphQLInputFieldConfigMap,
    name: string,
    pair: TypePair,
  ): void {
    const graphqlName = sanitizeFieldName(name);
    fields[graphqlName] = {
      type: pair.output,
      // Sanitised names (`x-foo` → `x_foo`) still read the original key.
      resolve: graphqlName === name ? undefined : (source) => (source as Record<string, unknown> | null)?.[name],
    };
    inputFields[graphqlName] = { type: pair.input };
  }
}
