import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedFile, cacheKey } from './derived-cache';

describe('derived cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'derived-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('computes on a miss, writes the file, and answers a hit from the file without computing', () => {
    const compute = jest.fn(() => 'parsed');
    const miss = cachedFile('k1', '.json', compute, dir);
    expect(miss).toEqual({ path: join(dir, 'k1.json'), text: 'parsed' });
    expect(readFileSync(join(dir, 'k1.json'), 'utf8')).toBe('parsed');
    const hit = cachedFile('k1', '.json', () => 'recomputed', dir);
    expect(hit.text).toBe('parsed');
    expect(compute).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir)).toEqual(['k1.json']);
  });

  it('keys by every part and by their boundaries, so a changed input is a new entry', () => {
    expect(cacheKey('a', 'b')).toBe(cacheKey('a', 'b'));
    expect(cacheKey('a', 'b')).not.toBe(cacheKey('a', 'c'));
    expect(cacheKey('ab', '')).not.toBe(cacheKey('a', 'b'));
  });

  it('answers the computed text without a path when the folder cannot be created', () => {
    // A regular file where the folder should be refuses even root (CI runs as root, which ignores mode bits).
    writeFileSync(join(dir, 'file'), '');
    expect(cachedFile('k2', '.json', () => 'fresh', join(dir, 'file', 'sub'))).toEqual({ path: null, text: 'fresh' });
  });

  it('passes on errors other than a refused write', () => {
    expect(() =>
      cachedFile(
        'k3',
        '.json',
        () => {
          throw new Error('CRD file x.yaml does not parse');
        },
        dir,
      ),
    ).toThrow('does not parse');
  });
});
