// The MCP SDK's own JSON Schema validator (ajv), built as an entry of its own so that the
// stand-in of scripts/build.mjs can require() it on first use instead of every start paying for it.
export { DefaultJsonSchemaValidator } from '@modelcontextprotocol/server/_shims';
