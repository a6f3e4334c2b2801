import { classifyGraphQLError, classifyHttpStatus, classifyNetworkError } from './error-classification';

describe('classifyHttpStatus at the edges', () => {
  it.each([
    [403, 'forbidden'],
    [499, 'unknown'],
    [418, 'unknown'],
    [500, 'unavailable'],
  ])('HTTP %i without body → %s, message names the status', (status, kind) => {
    const error = classifyHttpStatus(status);
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(`HTTP ${status}`);
  });

  it('trims a text body and keeps JSON bodies without a string message as text', () => {
    expect(classifyHttpStatus(429, '  Too Many Requests\n').message).toBe('Too Many Requests');
    expect(classifyHttpStatus(502, '{"errors":[{"message":5}]}').message).toBe('{"errors":[{"message":5}]}');
    expect(classifyHttpStatus(502, '{"data":null}').message).toBe('{"data":null}');
    expect(classifyHttpStatus(502, ' {"errors":[]} ').message).toBe('{"errors":[]}');
  });

  it.each([200, 299])('HTTP %i means no GraphQL response: kind unknown, at most 200 characters of the body quoted', (status) => {
    const error = classifyHttpStatus(status, `  <html>${'x'.repeat(300)}`);
    expect(error).toMatchObject({ kind: 'unknown', status, path: [], name: 'GatewayError' });
    expect(error.message).toBe(`The gateway answered HTTP ${status} without a GraphQL response: <html>${'x'.repeat(194)}`);
    expect(classifyHttpStatus(status, ' ').message).toBe(`The gateway answered HTTP ${status} without a GraphQL response`);
  });

  it('treats 300 as a transport status, and reports status and an empty path', () => {
    expect(classifyHttpStatus(300)).toMatchObject({ kind: 'unknown', message: 'HTTP 300', status: 300, path: [] });
    expect(classifyHttpStatus(503, 'Service Unavailable')).toMatchObject({ kind: 'unavailable', status: 503, path: [] });
  });

  it('classifies a 400 by the GraphQL message of its body', () => {
    expect(classifyHttpStatus(400, '{"errors":[{"message":"kros.kro.services.opencp.cloud \\"default\\" not found"}]}').kind).toBe(
      'not-found',
    );
  });
});

describe('classifyGraphQLError at the edges', () => {
  it('gives an error without a path an empty one', () => {
    expect(classifyGraphQLError('something else').path).toEqual([]);
    expect(classifyGraphQLError('something else').kind).toBe('unknown');
  });
});

describe('classifyNetworkError at the edges', () => {
  it('describes a cause that is not an Error by its string form', () => {
    expect(classifyNetworkError('socket hang up').message).toBe('The gateway could not be reached (socket hang up)');
    expect(classifyNetworkError(undefined).message).toBe('The gateway could not be reached (undefined)');
  });
});
