import { buildProvidersTool, buildTool } from '../../testing/tool-builders';
import { availableUpdate, labelledVersions, versionRelation } from './version-labels';

describe('versionRelation', () => {
  it('compares by semver precedence, tolerant of a v prefix', () => {
    expect(versionRelation('v1.20.1', 'v1.20.0')).toBe('newer');
    expect(versionRelation('v1.9.0', 'v1.20.0')).toBe('older'); // not a string comparison
    expect(versionRelation('1.20.0', 'v1.20.0')).toBe('installed');
    expect(versionRelation('v2.0.0-rc.1', 'v2.0.0')).toBe('older');
  });

  it('says unknown when a version is not semver', () => {
    expect(versionRelation('latest', 'v1.0.0')).toBe('unknown');
    expect(versionRelation('latest', 'latest')).toBe('installed');
  });
});

describe('labelledVersions', () => {
  it('labels every catalog version newest first against the installed one', () => {
    const tool = buildProvidersTool({ versions: [{ version: 'v1.20.0' }, { version: 'v1.20.1' }, { version: 'v1.19.2' }] });
    expect(labelledVersions(tool, 'v1.20.0')).toEqual([
      { version: 'v1.20.1', relation: 'newer' },
      { version: 'v1.20.0', relation: 'installed' },
      { version: 'v1.19.2', relation: 'older' },
    ]);
  });

  it('labels nothing when no version is installed', () => {
    expect(labelledVersions(buildTool(), null).map((entry) => entry.relation)).toEqual(['unknown', 'unknown']);
  });
});

describe('availableUpdate', () => {
  const tool = buildTool(); // v0.8.5 and v0.9.3

  it('offers the newest catalog version when it is newer than the installed one', () => {
    expect(availableUpdate(tool, 'v0.8.5')).toEqual({ version: 'v0.9.3', chartVersion: '0.9.3' });
  });

  it('offers nothing when the newest is installed, the installed one is newer than the catalog, or none is installed', () => {
    expect(availableUpdate(tool, 'v0.9.3')).toBeNull();
    expect(availableUpdate(tool, 'v1.0.0')).toBeNull();
    expect(availableUpdate(tool, null)).toBeNull();
    expect(availableUpdate(tool, 'custom-build')).toBeNull();
  });
});
