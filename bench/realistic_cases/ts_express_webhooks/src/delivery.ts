import dns from 'dns/promises';
import net from 'net';
import yaml from 'js-yaml';

const PRIVATE = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

async function isPublic(url: URL): Promise<boolean> {
  if (url.protocol !== 'https:') return false;
  const addrs = net.isIP(url.hostname) ? [url.hostname] : (await dns.lookup(url.hostname, { all: true })).map((a) => a.address);
  return addrs.every((a) => !PRIVATE.some((re) => re.test(a)));
}

export async function deliver(target: string, body: unknown): Promise<number> {
  const url = new URL(target);
  if (!(await isPublic(url))) throw new Error('refusing private address');
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5000) });
  return res.status;
}

export async function probe(target: string): Promise<number> {
  const res = await fetch(target, { method: 'HEAD' });
  return res.status;
}

export function parseConfig(text: string): unknown {
  return yaml.load(text);
}
