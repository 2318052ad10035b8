import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { NetworkAttempt } from './no-network.ts';

describe('the no-network guard every test runs under', () => {
  it('refuses fetch to another host', () => {
    expect(() => fetch('https://example.com/report.pdf')).toThrow(NetworkAttempt);
  });

  it('refuses a raw socket to another host', () => {
    expect(() => new net.Socket().connect(443, '93.184.216.34')).toThrow(NetworkAttempt);
  });
});
