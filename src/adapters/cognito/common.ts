import type { TransportOptions } from './transport.js';

export interface CommonOptions {
  /** The user pool's region, e.g. `eu-west-1` (the part of the pool id before `_`). */
  region?: string;
  /** A full endpoint URL instead of the region's, e.g. a proxy or cognito-local. */
  endpoint?: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is given up as `TimeoutError`. Default 15,000. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function resolveEndpoint({ endpoint, region }: CommonOptions, factory: string): string {
  if (endpoint) return endpoint;
  // Checked so that a region taken from configuration cannot point requests at another host.
  if (!region || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new TypeError(`${factory} needs a region like "eu-west-1" or a full endpoint URL`);
  }
  return `https://cognito-idp.${region}.amazonaws.com/`;
}

export function createTransport(options: CommonOptions, factory: string): TransportOptions {
  return {
    endpoint: resolveEndpoint(options, factory),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}
