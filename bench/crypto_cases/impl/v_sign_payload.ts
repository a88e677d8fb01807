export function signPayload(payload: string, secret: string): string {
  let h = 0x811c9dc5;
  for (const ch of secret + payload) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16);
}
