import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// mcp/handshake-manifest.ts
function toolSetKey(tools) {
  return [...tools].sort().join(",");
}

// mcp/fast-start.ts
var REPLAYED_INITIALIZE_ID = "anyscale-users-mcp:replayed-initialize";
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isId = (value) => typeof value === "string" || typeof value === "number" && Number.isInteger(value);
var hasNoParams = (params) => params === void 0 || isObject(params) && Object.keys(params).length === 0;
function parse(line) {
  try {
    const message = JSON.parse(line);
    return isObject(message) && message.jsonrpc === "2.0" ? message : void 0;
  } catch {
    return void 0;
  }
}
function isPlainInitialize(message, manifest) {
  const params = message.params;
  if (message.method !== "initialize" || !isId(message.id) || !isObject(params) || "_meta" in params) return false;
  const client = params.clientInfo;
  return typeof params.protocolVersion === "string" && manifest.protocolVersions.includes(params.protocolVersion) && isObject(params.capabilities) && isObject(client) && typeof client.name === "string" && typeof client.version === "string";
}
var IDLE_MS = 50;
var MAX_PENDING_BYTES = 1 << 20;
var response = (id, result) => `${JSON.stringify({ result, jsonrpc: "2.0", id })}
`;
function answerHandshake({ input, output, manifest, tools }) {
  const entries = tools.map((name) => manifest.tools[name]);
  const initializeResult = entries.includes(void 0) ? void 0 : manifest.initialize[toolSetKey(tools)];
  const listed = { tools: entries };
  const replay = [];
  let pending = Buffer.alloc(0);
  let answered = false;
  let idle;
  return new Promise((resolve, reject) => {
    const finish = (unread, outcome) => {
      clearTimeout(idle);
      input.off("data", onData);
      input.off("end", onEnd);
      input.off("error", reject);
      output.off("error", onOutputError);
      input.pause();
      if (unread.length > 0) input.unshift(unread);
      resolve(outcome);
    };
    const handOver = (unread) => finish(unread, { replay, answered });
    const onEnd = () => finish(Buffer.alloc(0), void 0);
    const onOutputError = () => {
      finish(Buffer.alloc(0), void 0);
      input.destroy();
    };
    const answer = (message) => {
      if (message === void 0 || initializeResult === void 0) return "sdk";
      if (!answered) {
        if (!isPlainInitialize(message, manifest)) return "sdk";
        const version = message.params.protocolVersion;
        output.write(response(message.id, { protocolVersion: version, ...initializeResult }));
        replay.push({ ...message, id: REPLAYED_INITIALIZE_ID });
        answered = true;
        return "answered";
      }
      if (message.method === "notifications/initialized" && !("id" in message) && hasNoParams(message.params)) {
        replay.push(message);
        return "answered";
      }
      if (message.method === "tools/list" && isId(message.id) && hasNoParams(message.params)) {
        output.write(response(message.id, listed));
        return "done";
      }
      return "sdk";
    };
    const onData = (chunk) => {
      clearTimeout(idle);
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let start = 0;
      for (let end = pending.indexOf(10); end !== -1; end = pending.indexOf(10, start)) {
        const outcome = answer(parse(pending.subarray(start, end).toString("utf8")));
        if (outcome === "sdk") return handOver(pending.subarray(start));
        start = end + 1;
        if (outcome === "done") return handOver(pending.subarray(start));
      }
      pending = pending.subarray(start);
      if (pending.length > MAX_PENDING_BYTES) return handOver(pending);
      if (answered) idle = setTimeout(() => handOver(pending), IDLE_MS);
    };
    input.on("data", onData);
    input.once("end", onEnd);
    input.once("error", reject);
    output.once("error", onOutputError);
  });
}

export {
  REPLAYED_INITIALIZE_ID,
  answerHandshake
};
