#!/usr/bin/env node
// The `anyscale-users-mcp` bin. Everything lives in main.ts; this file turns on the compile cache
// first, so that it covers the SDK and zod, which every serve loads before its first answer.
import { enableCompileCache } from './compile-cache.ts';

enableCompileCache();
const { runServer } = await import('./main.ts');
await runServer();
