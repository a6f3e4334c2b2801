import { execute, getOperationAST, GraphQLError, validate } from 'graphql';
import { EmulatorResponse, json } from '../transport/http-types';
import { PreparedOperation } from './preflight';

/**
 * Runs a prepared query or mutation: HTTP 200 with `{data}` or `{data, errors}` (validation errors, resolver errors
 * with null propagation, an injected whole-operation error); subscriptions are refused here (they need
 * `Accept: text/event-stream`, docs/platform.md §4.5).
 */
export async function runJsonOperation(op: PreparedOperation): Promise<EmulatorResponse> {
  const body = await resultBody(op);
  op.log(200);
  return { ...json(200, body), dropAfterMs: op.dropAfterMs };
}

async function resultBody(op: PreparedOperation): Promise<unknown> {
  if (op.operationError !== undefined) return { data: null, errors: [{ message: op.operationError }] };
  const validationErrors = validate(op.schema, op.document);
  if (validationErrors.length > 0) return { data: null, errors: validationErrors.map((e) => e.toJSON()) };
  const operation = getOperationAST(op.document, op.requestedName);
  if (!operation) return { data: null, errors: [{ message: 'Must provide operation name if query contains multiple operations.' }] };
  if (operation.operation === 'subscription')
    return { data: null, errors: [{ message: 'subscriptions need Accept: text/event-stream (graphql-sse distinct connections)' }] };
  const result = await execute({
    schema: op.schema,
    document: op.document,
    operationName: op.requestedName,
    variableValues: (op.params.variables as Record<string, unknown> | undefined) ?? undefined,
    contextValue: op.context,
  });
  return result.errors ? { data: result.data ?? null, errors: result.errors.map((e: GraphQLError) => e.toJSON()) } : { data: result.data };
}
