import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  REPLAYED_INITIALIZE_ID
} from "./chunk-ASBGWT27.js";
import "./chunk-FH5VPH3F.js";

// mcp/replay-transport.ts
var ReplayTransport = class {
  onclose;
  onerror;
  onmessage;
  replayAnswered = false;
  wire;
  input;
  replay;
  onReplayRefused;
  /** `onReplayRefused` hears of the SDK refusing an opening that fast-start.ts accepted: the two disagree, which is a bug. */
  constructor(wire, input, replay, onReplayRefused) {
    this.wire = wire;
    this.input = input;
    this.replay = replay;
    this.onReplayRefused = onReplayRefused;
  }
  async start() {
    this.wire.onmessage = (message, extra) => this.onmessage?.(message, extra);
    this.wire.onclose = () => this.onclose?.();
    this.wire.onerror = (error) => this.onerror?.(error);
    for (const message of this.replay) this.onmessage?.(message);
    await this.wire.start();
    this.input.resume();
  }
  async send(message, options) {
    if (!this.replayAnswered && "id" in message && message.id === REPLAYED_INITIALIZE_ID && !("method" in message)) {
      this.replayAnswered = true;
      if ("error" in message) this.onReplayRefused(message.error);
      return;
    }
    return this.wire.send(message, options);
  }
  close() {
    return this.wire.close();
  }
  setProtocolVersion = (version) => this.wire.setProtocolVersion?.(version);
};
export {
  ReplayTransport
};
