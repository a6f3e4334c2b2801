import { DocumentNode, parse } from 'graphql';
import { EmulatorResponse, json, text } from '../transport/http-types';
import { LIMITS, limitViolation } from '../transport/query-limits';

/** One GraphQL request of a JSON body (`{query, operationName, variables}`). */
export interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export type Transport = 'json' | 'sse';

/** The gateway's 400 for a body it cannot read: a JSON error for JSON requests, plain text for SSE (docs/platform.md §4.7). */
const unreadableBody = (transport: Transport): EmulatorResponse =>
  transport === 'sse'
    ? text(400, 'Error parsing JSON request body')
    : json(400, { errors: [{ message: 'Error parsing JSON request body' }] });

/**
 * Parses a request body into one request or a batch (JSON only, at most `LIMITS.batch`); answers the gateway's 400s
 * for unreadable bodies, batches over SSE and oversized batches.
 */
export function parseBody(body: string, transport: Transport): GraphQLParams | GraphQLParams[] | EmulatorResponse {
  let params: unknown;
  try {
    params = JSON.parse(body);
  } catch {
    // Handled: the gateway answers every unreadable body with this one text, without the parser's reason.
    return unreadableBody(transport);
  }
  if (typeof params !== 'object' || params === null) return unreadableBody(transport);
  if (!Array.isArray(params)) return params as GraphQLParams;
  if (transport === 'sse') return unreadableBody(transport);
  if (params.length > LIMITS.batch)
    return json(400, { errors: [{ message: `batch size ${params.length} exceeds maximum allowed batch size of ${LIMITS.batch}` }] });
  return params as GraphQLParams[];
}

/** Parses a request's document and checks depth/complexity; answers the gateway's 400s (docs/platform.md §4.6). */
export function parseDocument(params: GraphQLParams, transport: Transport): DocumentNode | EmulatorResponse {
  if (typeof params.query !== 'string' || params.query.trim() === '') {
    return transport === 'sse'
      ? unreadableBody(transport)
      : json(400, { errors: [{ message: 'failed to parse query: request has no query' }] });
  }
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch (error) {
    return json(400, { errors: [{ message: `failed to parse query: ${(error as Error).message}` }] });
  }
  const violation = limitViolation(document);
  return violation ? json(400, { errors: [{ message: violation }] }) : document;
}

export const isResponse = (value: unknown): value is EmulatorResponse =>
  typeof value === 'object' && value !== null && 'status' in value && 'headers' in value;
