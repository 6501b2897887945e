// A TCP proxy on loopback between Gatehouse and its database, so a test can take the database
// away and give it back without touching the server:
//   cut() / restore()   every connection is reset and new ones are refused (ECONNREFUSED), then
//                       the proxy listens on the same port again: a database that went down;
//   freeze() / thaw()   nothing is reset, but no byte moves and new connections are held: a
//                       database (or network) that stops answering, then answers again.
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

interface Link {
  client: Socket;
  upstream: Socket | null;
}

export class TcpProxy {
  private server: Server | null = null;
  private readonly links = new Set<Link>();
  private listeningPort = 0;
  private frozen = false;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  get port(): number {
    return this.listeningPort;
  }

  async start(port = 0): Promise<number> {
    const server = createServer((client) => {
      const link: Link = { client, upstream: null };
      this.links.add(link);
      client.on('close', () => this.end(link));
      // A reset on one side ends the other; the error itself is expected here.
      client.on('error', () => this.end(link));
      if (this.frozen) client.pause();
      else this.connectUpstream(link);
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
    for (const link of [...this.links]) {
      link.client.resetAndDestroy();
      link.upstream?.destroy();
    }
    this.links.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The database is back, at the same address. */
  async restore(): Promise<void> {
    await this.start(this.listeningPort);
  }

  /** The database stops answering: connections stay open, but no byte moves either way. */
  freeze(): void {
    this.frozen = true;
    for (const { client, upstream } of this.links) {
      client.unpipe();
      client.pause();
      upstream?.unpipe();
      upstream?.pause();
    }
  }

  /** The database answers again: what was held flows on, and held connections are put through. */
  thaw(): void {
    this.frozen = false;
    for (const link of this.links) {
      if (link.upstream === null) this.connectUpstream(link);
      else {
        link.client.pipe(link.upstream);
        link.upstream.pipe(link.client);
      }
    }
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private connectUpstream(link: Link): void {
    const upstream = connect(this.targetPort, this.targetHost);
    link.upstream = upstream;
    upstream.on('close', () => this.end(link));
    upstream.on('error', () => this.end(link));
    link.client.pipe(upstream);
    upstream.pipe(link.client);
  }

  private end(link: Link): void {
    if (!this.links.delete(link)) return;
    link.client.destroy();
    link.upstream?.destroy();
  }
}
