export async function sha256(text: string): Promise<ArrayBuffer> {
  const data = new TextEncoder().encode(text);
  const key = await crypto.subtle.importKey("raw", data, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  await crypto.subtle.sign("HMAC", key, data);
  return crypto.subtle.digest("SHA-256", data);
}
