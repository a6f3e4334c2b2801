import { buildTool } from '../../testing/tool-builders';
import { newestVersion, semverOf, sortVersions } from './sort-versions';

describe('sortVersions', () => {
  it.each([
    [
      ['v0.8.5', 'v0.9.3', 'v0.10.0'],
      ['v0.10.0', 'v0.9.3', 'v0.8.5'],
    ],
    [
      ['1.2.0', 'v1.10.0', 'v1.9.9'],
      ['v1.10.0', 'v1.9.9', '1.2.0'],
    ],
    [
      ['v2.0.0-rc.1', 'v2.0.0', 'v1.20.1'],
      ['v2.0.0', 'v2.0.0-rc.1', 'v1.20.1'],
    ],
    [
      ['0.0.6', 'not-a-version', 'v0.15.0'],
      ['v0.15.0', '0.0.6', 'not-a-version'],
    ],
  ])('%j → %j', (input, expected) => {
    expect(sortVersions(input)).toEqual(expected);
  });

  it('keeps the input order of versions equal by precedence and of versions that are not semver', () => {
    expect(sortVersions(['1.0', 'v1.0.0', '1.0.0', 'V1'])).toEqual(['1.0', 'v1.0.0', '1.0.0', 'V1']);
    expect(sortVersions(['next', 'v1.0.0', 'latest', 'edge'])).toEqual(['v1.0.0', 'next', 'latest', 'edge']);
  });

  it('keeps pre-release precedence with or without v/V and surrounding space', () => {
    expect(sortVersions(['1.2.0-rc.1', ' V1.2.0-rc.2 ', '1.2.0'])).toEqual(['1.2.0', ' V1.2.0-rc.2 ', '1.2.0-rc.1']);
    expect(semverOf(' V1.2.0-rc.2 ')?.version).toBe('1.2.0-rc.2');
    expect(semverOf('v0.8')?.version).toBe('0.8.0');
    expect(semverOf('latest')).toBeNull();
  });

  it('sorts ToolVersion objects and leaves the input untouched', () => {
    const versions = [
      { version: 'v2.4.0', chartVersion: '2.14.0' },
      { version: 'v2.8.3', chartVersion: '2.18.2' },
    ];
    expect(sortVersions(versions).map((entry) => entry.chartVersion)).toEqual(['2.18.2', '2.14.0']);
    expect(versions[0].version).toBe('v2.4.0');
  });

  it('newestVersion picks by semver, not file order', () => {
    expect(newestVersion(buildTool({ versions: [{ version: 'v0.10.0' }, { version: 'v0.9.3' }] })).version).toBe('v0.10.0');
  });
});
