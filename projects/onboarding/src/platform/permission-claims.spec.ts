import { buildBinding } from '../../testing/resource-builders';
import { claimKey, claimsToAccept, pendingClaims } from './permission-claims';

const secrets = { group: '', resource: 'secrets', identityHash: '', verbs: ['get', 'list', 'watch'] };
const configmaps = { group: null, resource: 'configmaps', identityHash: null, verbs: ['get'] };
const widgets = { group: 'example.io', resource: 'widgets', identityHash: 'abc', verbs: ['*'] };

describe('permission claims (docs/platform.md §3.3)', () => {
  it('keys claims by group + resource + identityHash, treating absent parts as empty', () => {
    expect(claimKey(configmaps)).toBe(claimKey({ group: '', resource: 'configmaps', identityHash: '' }));
    expect(claimKey(widgets)).not.toBe(claimKey({ ...widgets, identityHash: 'other' }));
  });

  it('lists export claims without a decision', () => {
    const binding = buildBinding({
      exportClaims: [secrets, configmaps, widgets],
      claims: [{ ...configmaps, group: '', identityHash: '', state: 'Rejected', selector: { matchAll: true } }],
    });
    expect(pendingClaims(binding)).toEqual([secrets, widgets]);
    expect(pendingClaims(null)).toEqual([]);
  });

  it('sends the complete list: existing decisions unchanged plus the accepted pending claims', () => {
    const existing = {
      group: 'example.io',
      resource: 'gadgets',
      identityHash: 'h',
      verbs: ['get'],
      state: 'Rejected' as const,
      selector: { matchLabels: { team: 'a' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['dev'] }] },
      __typename: 'ApisKcpIoV1alpha2APIBindingSpecPermissionClaims',
    };
    const binding = buildBinding({ exportClaims: [secrets, configmaps], claims: [existing] });
    expect(claimsToAccept(binding)).toEqual([
      {
        group: 'example.io',
        resource: 'gadgets',
        identityHash: 'h',
        verbs: ['get'],
        state: 'Rejected',
        selector: { matchLabels: { team: 'a' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['dev'] }] },
      },
      {
        group: '',
        resource: 'secrets',
        identityHash: '',
        verbs: ['get', 'list', 'watch'],
        state: 'Accepted',
        selector: { matchAll: true },
      },
      { group: '', resource: 'configmaps', identityHash: '', verbs: ['get'], state: 'Accepted', selector: { matchAll: true } },
    ]);
  });
});
