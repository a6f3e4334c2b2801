import { ageText, ListedObject, ResourceRows } from './resource-rows';

const object = (uid: string, name: string, extra: Partial<ListedObject['metadata']> = {}, ready?: string): ListedObject => ({
  metadata: { uid, name, resourceVersion: '1', creationTimestamp: '2026-11-29T20:00:00Z', ...extra },
  status: ready
    ? {
        conditions: [
          { type: 'Synced', status: 'True' },
          { type: 'Ready', status: ready, reason: 'Reconciled', message: 'all good' },
        ],
      }
    : null,
});

describe('ResourceRows', () => {
  it('shows the listed objects sorted by namespace then name, with the Ready condition', () => {
    const rows = new ResourceRows();
    rows.reset(
      [
        object('2', 'web', { namespace: 'b' }, 'True'),
        object('1', 'api', { namespace: 'b' }, 'False'),
        object('3', 'zeta', { namespace: 'a' }),
      ],
      '10',
    );
    expect(rows.rows().map((row) => [row.namespace, row.name, row.ready.status])).toEqual([
      ['a', 'zeta', 'None'],
      ['b', 'api', 'False'],
      ['b', 'web', 'True'],
    ]);
    expect(rows.rows()[2].ready).toEqual({ status: 'True', reason: 'Reconciled', message: 'all good' });
    expect(rows.resourceVersion).toBe('10');
  });

  it('applies events by uid: a repeated ADDED replaces, MODIFIED updates, DELETED removes, and remembers the version', () => {
    const rows = new ResourceRows();
    rows.reset([object('1', 'a', {}, 'Unknown')], '10');
    rows.apply({ type: 'ADDED', object: object('1', 'a', { resourceVersion: '11' }, 'Unknown') });
    rows.apply({ type: 'ADDED', object: object('2', 'b', { resourceVersion: '12' }) });
    rows.apply({ type: 'MODIFIED', object: object('1', 'a', { resourceVersion: '13' }, 'True') });
    expect(rows.rows().map((row) => [row.name, row.ready.status])).toEqual([
      ['a', 'True'],
      ['b', 'None'],
    ]);
    rows.apply({ type: 'DELETED', object: object('2', 'b', { resourceVersion: '14' }) });
    expect(rows.rows().map((row) => row.name)).toEqual(['a']);
    expect(rows.resourceVersion).toBe('14');
  });

  it('maps an unexpected condition status to Unknown and a bad timestamp to no creation time', () => {
    const rows = new ResourceRows();
    rows.reset([object('1', 'a', { creationTimestamp: 'yesterday' }, 'Maybe')], null);
    expect(rows.rows()[0]).toMatchObject({ created: null, ready: { status: 'Unknown' } });
  });
});

describe('ageText', () => {
  const now = new Date('2026-11-29T21:00:00Z');
  it.each([
    ['2026-11-29T21:00:00Z', 'now'],
    ['2026-11-29T20:59:30Z', '30 seconds ago'],
    ['2026-11-29T20:55:00Z', '5 minutes ago'],
    ['2026-11-29T18:00:00Z', '3 hours ago'],
    ['2026-11-27T21:00:00Z', '2 days ago'],
  ])('words %s as "%s"', (created, text) => {
    expect(ageText(new Date(created), now)).toBe(text);
  });

  it('uses the locale and says unknown without a time', () => {
    expect(ageText(new Date('2026-11-29T20:55:00Z'), now, 'de')).toBe('vor 5 Minuten');
    expect(ageText(null, now)).toBe('unknown');
  });
});
