import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecretMask } from '../../src/action/masking.ts';
import { emptyOutputs } from '../../src/action/results.ts';
import { ActionSink } from '../../src/action/sink.ts';
import { parseOutputFile } from './run-action.ts';

/*
 * The action's own masking layer, in process: each secret is registered with the runner
 * (`::add-mask::`) and with the redactor, and every channel of the sink (log, notice, failure,
 * outputs, job summary) scrubs every occurrence of it.
 */
const TOKEN = 'aph0_mask_canary_55e1';
const PASSWORD = 'Mask-Canary-Pass-90';

let dir: string;
let printed: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'masking-'));
  await writeFile(join(dir, 'output'), '');
  await writeFile(join(dir, 'summary'), '');
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary'));
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  core.summary.emptyBuffer();
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('SecretMask', () => {
  it('registers each secret with the runner and the redactor, skipping empty ones', () => {
    const mask = new SecretMask();
    mask.mask([TOKEN, '', undefined, null, PASSWORD]);
    expect(printed.filter((line) => line.startsWith('::add-mask::'))).toEqual([`::add-mask::${TOKEN}\n`, `::add-mask::${PASSWORD}\n`]);
    expect(mask.redactor.redact(`${TOKEN} ${PASSWORD} ${TOKEN}`)).toBe('*** *** ***');
  });

  it('learns secrets in more than one round', () => {
    const mask = new SecretMask();
    mask.mask([TOKEN]);
    mask.mask([PASSWORD]);
    expect(mask.redactor.redact(`${PASSWORD}/${TOKEN}`)).toBe('***/***');
  });
});

describe('ActionSink', () => {
  it('scrubs every occurrence from the log, a notice, the failure, the outputs and the summary', async () => {
    const mask = new SecretMask();
    mask.mask([TOKEN, PASSWORD]);
    const sink = new ActionSink(mask);
    const twice = `${TOKEN} and ${PASSWORD}, again ${TOKEN} ${PASSWORD}`;
    sink.info(`info ${twice}`);
    sink.notice(`notice ${twice}`);
    sink.logger.warn(`warn ${twice}`);
    sink.logger.error(`error ${twice}`);
    sink.failed(`failed ${twice}`);
    sink.outputs({ ...emptyOutputs(), result: { message: twice, [TOKEN]: [PASSWORD] }, created: [twice] });
    core.summary.addRaw(`<p>${twice}</p>`, true);
    await sink.summary();

    const log = printed.filter((line) => !line.startsWith('::add-mask::')).join('');
    const outputs = parseOutputFile(await readFile(join(dir, 'output'), 'utf8'));
    const summary = await readFile(join(dir, 'summary'), 'utf8');
    for (const [where, text] of [
      ['log', log],
      ['outputs', JSON.stringify(outputs)],
      ['summary', summary],
    ] as const) {
      expect(text, where).not.toContain(TOKEN);
      expect(text, where).not.toContain(PASSWORD);
    }
    expect(log).toContain('info *** and ***, again *** ***');
    expect(log).toContain('::notice::notice *** and ***');
    expect(log).toContain('::warning::warn ***');
    expect(log).toContain('::error::error ***');
    expect(log).toContain('::error::failed *** and ***, again *** ***');
    expect(JSON.parse(outputs.result!)).toEqual({ message: '*** and ***, again *** ***', '***': ['***'] });
    expect(summary).toContain('<p>*** and ***, again *** ***</p>');
  });

  it('learns a secret masked after it was made', () => {
    const mask = new SecretMask();
    const sink = new ActionSink(mask);
    mask.mask([PASSWORD]);
    sink.info(`late ${PASSWORD}`);
    expect(printed.join('')).toContain('late ***');
  });
});
