// Nothing a user scans may leave the machine: in every test, any attempt to reach another host fails
// loudly. Loopback stays open for the browser tests, which serve fixture pages on 127.0.0.1.
import net from 'node:net';
import { afterEach, beforeEach } from 'vitest';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

export class NetworkAttempt extends Error {}

/** Attempts made during the current test: recorded as well as refused, so one swallowed by a library still fails the test. */
const attempts: string[] = [];

const refuse = (where: string): never => {
  attempts.push(where);
  throw new NetworkAttempt(
    `network access attempted to ${where}: Clearance must never send a document off the machine`,
  );
};

const originalFetch = globalThis.fetch;
const originalConnect = net.Socket.prototype.connect;

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; path?: string };
    return o.path ? undefined : (o.host ?? 'localhost');
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined; // a unix socket path
  return typeof second === 'string' ? second : 'localhost';
}

beforeEach(() => {
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (!LOOPBACK.test(url.hostname)) refuse(url.href);
    return originalFetch(input, init);
  }) as typeof fetch;
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    const host = hostOf(args);
    if (host !== undefined && !LOOPBACK.test(host)) refuse(host);
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
});

afterEach((context) => {
  globalThis.fetch = originalFetch;
  net.Socket.prototype.connect = originalConnect;
  const made = attempts.splice(0);
  // The guard's own test provokes attempts on purpose.
  if (made.length && !context.task.file.name.endsWith('no-network.test.ts'))
    throw new NetworkAttempt(`this test tried to reach the network: ${made.join(', ')}`);
});
