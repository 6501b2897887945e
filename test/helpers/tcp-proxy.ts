// A TCP proxy on loopback between Gatehouse and its database, so a test can take the database
// away and give it back without touching the server: `cut()` destroys every connection and stops
// accepting (clients see resets, then ECONNREFUSED); `restore()` listens on the same port again.
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private listeningPort = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  get port(): number {
    return this.listeningPort;
  }

  /** Connections accepted since the start, for tests that want to see the pool reconnect. */
  acceptedConnections = 0;

  async start(port = 0): Promise<number> {
    const server = createServer((client) => {
      this.acceptedConnections++;
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        // A reset on one side ends the other; the error itself is expected here.
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.listeningPort = (server.address() as AddressInfo).port;
    return this.listeningPort;
  }

  /** The database is gone: every connection is reset and new ones are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The database is back, at the same address. */
  async restore(): Promise<void> {
    await this.start(this.listeningPort);
  }

  async close(): Promise<void> {
    await this.cut();
  }
}
