import { connect, createServer, type Socket } from 'node:net';
import { startTestApp, type TestApp } from './api-app';
import { MYSQL_ADMIN_URL } from './mysql';

/** A TCP proxy a test can cut and restore: the database going away under load and coming back (docs/security.md §25). */
export interface TcpProxy {
  port: number;
  /** Drops every open connection and refuses new ones, as a server that went down. */
  cut: () => void;
  restore: () => void;
  /**
   * Keeps every connection open and accepts new ones, but forwards nothing either way, as a frozen network path
   * (docs/security.md §30). `unfreeze` forwards again what waited and links the connections accepted meanwhile.
   */
  freeze: () => void;
  unfreeze: () => void;
  close: () => Promise<void>;
  /** Bytes clients sent through the proxy so far (e.g. the queries a BFF sent to a database behind it). */
  bytesIn: () => number;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const pairs = new Set<[Socket, Socket]>();
  const waiting = new Set<Socket>();
  let open = true;
  let frozen = false;
  let bytesIn = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };
  const flow = ([client, upstream]: [Socket, Socket]) => {
    if (client.listenerCount('data') === 0) client.on('data', (chunk: Buffer) => (bytesIn += chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const link = (client: Socket) => {
    const upstream = connect(target.port, target.host);
    track(upstream);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    // One side closing ends the pair, as a real connection would.
    for (const socket of pair) {
      socket.on('close', () => {
        pairs.delete(pair);
        (socket === client ? upstream : client).destroy();
      });
    }
    flow(pair);
  };

  const server = createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    track(client);
    if (frozen) {
      waiting.add(client);
      client.pause();
      client.on('close', () => waiting.delete(client));
      return;
    }
    link(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      open = true;
    },
    freeze: () => {
      frozen = true;
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    unfreeze: () => {
      frozen = false;
      for (const pair of pairs) flow(pair);
      for (const client of waiting) link(client);
      waiting.clear();
    },
    bytesIn: () => bytesIn,
    close: async () => {
      open = false;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The whole BFF on a fresh MySQL database that it reaches through a proxy the test can cut or freeze; `databaseUrl`
 * is the direct address, for checking what was stored.
 */
export async function startTestAppBehindProxy(env: Record<string, string>): Promise<{ t: TestApp; proxy: TcpProxy; databaseUrl: string }> {
  const server = new URL(MYSQL_ADMIN_URL);
  const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 3306) });
  let databaseUrl = '';
  const t = await startTestApp(env, {
    databaseUrl: (url) => {
      databaseUrl = url;
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(proxy.port);
      return proxied.toString();
    },
  });
  return { t, proxy, databaseUrl };
}
