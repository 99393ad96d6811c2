import { createServer, request as httpRequest } from 'node:http';
import { connect as netConnect, type AddressInfo, type Socket } from 'node:net';

/** One request the proxy was asked to carry. */
export interface ProxiedRequest {
  /** `CONNECT` for a tunnel, otherwise the method of an absolute-URI request. */
  method: string;
  /** `host:port` for a tunnel, the absolute URI otherwise. */
  target: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface ForwardProxy {
  url: string;
  requests: ProxiedRequest[];
  /** Every byte the client sent inside its tunnels, as the proxy could read it. */
  tunnelled(): Buffer;
  close(): Promise<void>;
}

/**
 * A loopback forward proxy as corporate networks run them: absolute-URI requests are forwarded,
 * CONNECT opens a tunnel. It records what it saw, so a test can tell what a proxy learns.
 */
export async function startForwardProxy(): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const seen: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', target: req.url ?? '', headers: req.headers });
    const target = new URL(req.url ?? '');
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '', headers: req.headers });
    sockets.add(client);
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/);
    const upstream = netConnect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      client.on('data', (chunk: Buffer) => seen.push(chunk));
      client.pipe(upstream);
      upstream.pipe(client);
    });
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tunnelled: () => Buffer.concat(seen),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
