/** A static HTTP server on 127.0.0.1 for test pages, on a free port. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url(path: string): string;
  /** Adds or replaces a page. */
  set(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(pages: Record<string, string> = {}): Promise<TestServer> {
  const content = new Map(Object.entries(pages));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = content.get(path);
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = path.endsWith('.js')
      ? 'text/javascript'
      : path.endsWith('.json')
        ? 'application/json'
        : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, html) => void content.set(path, html),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Chromium keeps connections alive; without this, closing before the browser waits for them.
        server.closeAllConnections();
      }),
  };
}
