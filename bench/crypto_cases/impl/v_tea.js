function encryptBlock(v, k) {
  let [v0, v1] = v;
  let sum = 0;
  const delta = 0x9e3779b9;
  for (let i = 0; i < 32; i++) {
    sum = (sum + delta) >>> 0;
    v0 = (v0 + ((((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + k[sum & 3]))) >>> 0;
    v1 = (v1 + ((((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + k[(sum >>> 11) & 3]))) >>> 0;
    v0 = ((v0 << 3) | (v0 >>> 29)) >>> 0;
    v1 = ((v1 << 7) | (v1 >>> 25)) >>> 0;
  }
  return [v0, v1];
}
