let seed = Date.now();
function nextRandom() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}
function createSessionId() {
  return Array.from({ length: 4 }, () => nextRandom().toString(36)).join("");
}
