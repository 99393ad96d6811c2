import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  types: string;
  bin: Record<string, string>;
};

describe('the published package', () => {
  // What npm would publish, without publishing: the entry points must be in it, the sources and tests not.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as {
    files: { path: string }[];
  }[];
  const files = new Set(packed[0]!.files.map((file) => file.path));

  it('holds the library with its types and every bin', () => {
    for (const entry of [pkg.main, pkg.types, ...Object.values(pkg.bin)]) {
      expect(files, entry).toContain(entry.replace(/^\.\//, ''));
    }
    expect(files).toContain('README.md');
  });

  it('leaves out the sources, the tests, the benchmarks and the action bundle', () => {
    const stray = [...files].filter((path) => /^(src|test|bench|mcp|scripts|dist\/action)\//.test(path));
    expect(stray).toEqual([]);
  });
});
