import { classifyGraphQLError, classifyHttpStatus, classifyNetworkError } from './error-classification';
import { GatewayError } from './gateway-error';

describe('classifyGraphQLError (texts of docs/platform.md §4.7)', () => {
  it.each([
    ['kros.kro.services.opencp.cloud "default" not found', 'not-found'],
    ['apibindings.apis.kcp.io "kro.services.opencp.cloud" not found', 'not-found'],
    ['apibindings.apis.kcp.io "kro.services.opencp.cloud" already exists', 'already-exists'],
    [
      'kros.kro.services.opencp.cloud "default" is forbidden: User "readonly@example.com" cannot create resource "kros" in API group "kro.services.opencp.cloud" at the cluster scope',
      'forbidden',
    ],
    [
      'apibindings.apis.kcp.io "crossplane.services.opencp.cloud" is forbidden: unable to create APIBinding: no permission to bind to export root:orgs:demo:team-a:crossplane.services.opencp.cloud',
      'forbidden',
    ],
    [
      'unable to list objects: apibindings.apis.kcp.io is forbidden: User "x" cannot list resource "apibindings" in API group "apis.kcp.io" at the cluster scope',
      'forbidden',
    ],
    [
      'Operation cannot be fulfilled on apibindings.apis.kcp.io "crossplane.services.opencp.cloud": the object has been modified; please apply your changes to the latest version and try again',
      'conflict',
    ],
    ['KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Required value', 'invalid'],
    ['Cannot query field "KROs" on type "KroServicesOpencpCloudV1alpha1Query".', 'schema'],
    ['Unknown type "KroServicesOpencpCloudV1alpha1KRO_Input".', 'schema'],
    ['Unknown argument "namespace" on field "KRO" of type "KroServicesOpencpCloudV1alpha1Query".', 'schema'],
    ['request timeout', 'timeout'],
    ['query depth 11 exceeds maximum allowed depth of 10', 'unknown'],
    // Substring matches must not count (docs/platform.md §7.3): "not found" inside a name is not absence.
    ['configmaps "not found-handler" is invalid: metadata.name: Invalid value', 'invalid'],
    ['the export "x" was not found in the cache, retrying', 'unknown'],
  ])('%s → %s', (message, kind) => {
    const error = classifyGraphQLError(message, ['tool', 'version', 'list']);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
    expect(error.path).toEqual(['tool', 'version', 'list']);
  });

  it('marks conflicts retryable and forbidden not', () => {
    expect(
      classifyGraphQLError(
        'Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again',
      ).retryable,
    ).toBe(true);
    expect(
      classifyGraphQLError('kros.kro.services.opencp.cloud "default" is forbidden: User "u" cannot patch resource "kros"').retryable,
    ).toBe(false);
  });
});

describe('classifyHttpStatus', () => {
  it.each([
    [401, 'Unauthorized: missing Authorization header', 'unauthorized', 'Unauthorized: missing Authorization header'],
    [401, 'Unauthorized', 'unauthorized', 'Unauthorized'],
    [404, '404 page not found', 'unknown-workspace', '404 page not found'],
    [200, '{"data": ', 'unknown', 'The gateway answered HTTP 200 without a GraphQL response: {"data":'],
    [200, '', 'unknown', 'The gateway answered HTTP 200 without a GraphQL response'],
    [429, 'Too Many Requests', 'too-many-requests', 'Too Many Requests'],
    [503, 'Service Unavailable', 'unavailable', 'Service Unavailable'],
    [503, 'Endpoint not ready', 'unavailable', 'Endpoint not ready'],
    [504, '{"errors":[{"message":"request timeout"}]}', 'timeout', 'request timeout'],
    [
      400,
      '{"errors":[{"message":"Cannot query field \\"X\\" on type \\"Query\\"."}]}',
      'schema',
      'Cannot query field "X" on type "Query".',
    ],
    [400, 'Error parsing JSON request body', 'unknown', 'Error parsing JSON request body'],
    [502, '', 'unavailable', 'HTTP 502'],
    [500, '{not json', 'unavailable', '{not json'],
  ])('%i %s → %s', (status, body, kind, message) => {
    const error = classifyHttpStatus(status, body);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
  });

  it('transport statuses that may pass are retryable', () => {
    expect([429, 503, 504, 401].map((status) => classifyHttpStatus(status).retryable)).toEqual([true, true, true, true]);
    expect(classifyHttpStatus(404).retryable).toBe(false);
  });
});

describe('classifyNetworkError', () => {
  it('wraps a failure below HTTP as network, retryable', () => {
    const error = classifyNetworkError(new TypeError('Failed to fetch'));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('The gateway could not be reached (Failed to fetch)');
    expect(error.retryable).toBe(true);
  });

  it('passes a GatewayError through', () => {
    const original = new GatewayError('too-many-requests', 'Too Many Requests', [], 429);
    expect(classifyNetworkError(original)).toBe(original);
  });
});
