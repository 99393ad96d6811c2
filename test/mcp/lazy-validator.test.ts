import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, connectStdio, ROOT } from './helpers.ts';

const CHUNKS = join(ROOT, 'dist/mcp/chunks');

describe('the bundled server loads its JSON Schema validator on first use', () => {
  it('keeps ajv out of every chunk but the validator entry', () => {
    const withAjv = readdirSync(CHUNKS).filter(
      (file) => file.endsWith('.js') && readFileSync(join(CHUNKS, file), 'utf8').includes('var AjvJsonSchemaValidator = class'),
    );
    expect(withAjv).toEqual(['json-schema-validator.js']);
    expect(readFileSync(BIN, 'utf8')).not.toContain('var AjvJsonSchemaValidator = class');
  });

  it('validates an accepted confirmation form with it, over stdio', async () => {
    const c = await connectStdio('v2', ['--local'], { answer: 'accept' });
    try {
      const result = await c.call('batch_create_users', {
        users: [{ name: 'Lazy', email: 'lazy-validator@example.com', is_sso_user: false }],
      });
      expect(result.isError).toBeFalsy();
      expect((result.structuredContent as { counts: { created: number } }).counts.created).toBe(1);
      expect(c.forms).toHaveLength(1);
    } finally {
      await c.close();
    }
  });
});
