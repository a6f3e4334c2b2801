import { buildBinding } from '../../testing/resource-builders';
import { claimKey, claimsToAccept, pendingClaims } from './permission-claims';

describe('permission claims at the edges', () => {
  it('keys differ by each part, including the resource', () => {
    const base = { group: 'g', resource: 'r', identityHash: 'h' };
    expect(new Set([base, { ...base, group: 'x' }, { ...base, resource: 'x' }, { ...base, identityHash: 'x' }].map(claimKey)).size).toBe(4);
  });

  it('sees no pending claims on a binding without status, and all of them on one without spec claims', () => {
    const claim = { group: '', resource: 'secrets', identityHash: '', verbs: ['get'] };
    expect(pendingClaims({ ...buildBinding(), status: undefined })).toEqual([]);
    expect(pendingClaims({ ...buildBinding({ exportClaims: [claim] }), spec: undefined })).toEqual([claim]);
    expect(claimsToAccept(undefined)).toEqual([]);
  });

  it('re-sends an existing decision with an empty selector and expressions without values as they are', () => {
    const existing = [
      { group: null, resource: 'secrets', identityHash: null, verbs: ['get'], state: 'Rejected' as const, selector: {} },
      {
        group: 'g',
        resource: 'r',
        identityHash: 'h',
        verbs: ['list'],
        state: 'Accepted' as const,
        selector: { matchAll: false, matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
      },
    ];
    const binding = buildBinding({ claims: existing });
    expect(claimsToAccept(binding)).toEqual([
      { group: '', resource: 'secrets', identityHash: '', verbs: ['get'], state: 'Rejected', selector: {} },
      {
        group: 'g',
        resource: 'r',
        identityHash: 'h',
        verbs: ['list'],
        state: 'Accepted',
        selector: { matchAll: false, matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
      },
    ]);
  });

  it('copies verbs instead of sharing the export status arrays', () => {
    const verbs = ['get'];
    const binding = buildBinding({ exportClaims: [{ group: '', resource: 'secrets', identityHash: '', verbs }] });
    const [accepted] = claimsToAccept(binding);
    expect(accepted.verbs).toEqual(['get']);
    expect(accepted.verbs).not.toBe(verbs);
  });
});
