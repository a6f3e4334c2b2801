import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emulatorUsers } from './emulator-users';

function tokenFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'portal-tokens-')), 'tokens.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('emulatorUsers', () => {
  it('maps the token file roles to the ?user= ids admin and readonly', () => {
    const path = tokenFile({
      tokens: [
        { token: 'a-token', name: 'admin@example.com', role: 'admin' },
        { token: 'r-token', name: 'readonly@example.com', role: 'read-only' },
      ],
    });
    expect(emulatorUsers(path)).toEqual([
      { id: 'admin', label: 'Admin', email: 'admin@example.com', token: 'a-token' },
      { id: 'readonly', label: 'Read-only user', email: 'readonly@example.com', token: 'r-token' },
    ]);
  });

  it('reads the emulator token file shipped in the repository', () => {
    expect(emulatorUsers().map((user) => user.id)).toEqual(expect.arrayContaining(['admin', 'readonly']));
  });

  it('names the file when it lists no tokens', () => {
    const path = tokenFile({ tokens: [] });
    expect(() => emulatorUsers(path)).toThrow(`${path} lists no tokens`);
  });
});
