import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadedSources } from '../helpers/bundle-graph.ts';

describe('what every run of the action loads', () => {
  it('holds no users-file parser: yaml, js-yaml and csv-parse load only for a command that reads or writes users', () => {
    const sources = loadedSources([join(DIST, 'action/index.js')]);
    expect(sources).toContain('src/action/main.ts');
    expect(sources.filter((source) => /node_modules\/(yaml|js-yaml|csv-parse)\//.test(source))).toEqual([]);
  });
});
