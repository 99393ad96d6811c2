import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  types: string;
  bin: Record<string, string>;
};

const packedFiles = () =>
  new Set(
    (
      JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as {
        files: { path: string }[];
      }[]
    )[0]!.files.map((f) => f.path),
  );
const files = packedFiles();

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

describe('the registry entries', () => {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const server = JSON.parse(readFileSync('server.json', 'utf8')) as {
    name: string;
    version: string;
    packages: { identifier: string; version: string }[];
  };

  it('server.json names the package, its mcpName and its version', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; mcpName: string };
    expect(server.name).toBe(manifest.mcpName);
    expect(server.version).toBe(version);
    expect(server.packages.map((p) => [p.identifier, p.version])).toEqual([[manifest.name, version]]);
  });

  it('ships a LICENSE and only what runs', () => {
    expect(files).toContain('LICENSE');
    expect([...files].filter((path) => path.endsWith('.map'))).toEqual([]);
  });
});
