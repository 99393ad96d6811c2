import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionReference, mcpReference, stalePages } from '../scripts/docs.ts';

describe('reference docs', () => {
  it('are what their sources give (run `npm run docs` after changing action.yml, --help or a tool)', () => {
    expect(stalePages()).toEqual([]);
  });

  it('list every action input and output, so a new one cannot be left out', () => {
    const yml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    const page = actionReference(yml);
    for (const name of yml.match(/^ {2}([a-z-]+):$/gm)!.map((line) => line.trim().slice(0, -1))) {
      expect(page, name).toContain(`| \`${name}\` |`);
    }
  });

  it('list every MCP tool argument', () => {
    const json = readFileSync(new URL('./mcp/__snapshots__/tools-list.json', import.meta.url), 'utf8');
    const page = mcpReference(json);
    for (const tool of JSON.parse(json) as { name: string; inputSchema: { properties: object } }[]) {
      for (const argument of Object.keys(tool.inputSchema.properties))
        expect(page, `${tool.name}.${argument}`).toContain(`| \`${argument}\` |`);
    }
  });

  it('are all reachable from the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const page of readdirSync(new URL('../docs/', import.meta.url)).filter((name) => name.endsWith('.md'))) {
      expect(readme, page).toContain(`](docs/${page})`);
    }
  });
});
