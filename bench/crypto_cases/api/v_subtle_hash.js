async function sha256(text) {
  const data = new TextEncoder().encode(text);
  return crypto.subtle.hash("SHA-256", data);
}
