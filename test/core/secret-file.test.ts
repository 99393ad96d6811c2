import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readableByOthers } from '../../src/core/secret-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'secret-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWithMode(name: string, mode: number): string {
  const path = join(dir, name);
  writeFileSync(path, 'secret');
  chmodSync(path, mode);
  return path;
}

describe('readableByOthers', () => {
  it('is false for an owner-only file and true when the group or others may read it', () => {
    expect(readableByOthers(fileWithMode('private', 0o600))).toBe(false);
    expect(readableByOthers(fileWithMode('group', 0o640))).toBe(true);
    expect(readableByOthers(fileWithMode('world', 0o604))).toBe(true);
  });

  it('is false on Windows, which has no mode bits to fix', () => {
    expect(readableByOthers(fileWithMode('win', 0o644), 'win32')).toBe(false);
  });
});
