import type { JSONRPCMessage, MessageExtraInfo, Transport, TransportSendOptions } from '@modelcontextprotocol/server';
import type { Readable } from 'node:stream';
import { REPLAYED_INITIALIZE_ID } from './fast-start.ts';

/**
 * The stdio wire handed to the SDK after fast-start.ts answered the opening: the SDK first reads
 * that opening again, so that its connection is in the state the client believes, and its answer
 * to the replayed `initialize` is dropped, since the client has had one. Then the wire carries on
 * from the first byte of stdin that fast-start.ts did not answer.
 */
export class ReplayTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T, extra?: MessageExtraInfo) => void;
  private replayAnswered = false;
  private readonly wire: Transport;
  private readonly input: Readable;
  private readonly replay: readonly JSONRPCMessage[];
  private readonly onReplayRefused: (error: unknown) => void;

  /** `onReplayRefused` hears of the SDK refusing an opening that fast-start.ts accepted: the two disagree, which is a bug. */
  constructor(wire: Transport, input: Readable, replay: readonly JSONRPCMessage[], onReplayRefused: (error: unknown) => void) {
    this.wire = wire;
    this.input = input;
    this.replay = replay;
    this.onReplayRefused = onReplayRefused;
  }

  async start(): Promise<void> {
    this.wire.onmessage = (message, extra) => this.onmessage?.(message, extra);
    this.wire.onclose = () => this.onclose?.();
    this.wire.onerror = (error) => this.onerror?.(error);
    for (const message of this.replay) this.onmessage?.(message);
    await this.wire.start();
    // fast-start.ts paused stdin to keep what it did not read; a paused stream stays paused for a new listener.
    this.input.resume();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if (!this.replayAnswered && 'id' in message && message.id === REPLAYED_INITIALIZE_ID && !('method' in message)) {
      this.replayAnswered = true;
      if ('error' in message) this.onReplayRefused(message.error);
      return;
    }
    return this.wire.send(message, options);
  }

  close(): Promise<void> {
    return this.wire.close();
  }

  setProtocolVersion = (version: string): void => this.wire.setProtocolVersion?.(version);
}
