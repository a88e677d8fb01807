// Open-addressing hash map used by the template cache.

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class TemplateCache {
  constructor(capacity = 256) {
    this.keys = new Array(capacity).fill(null);
    this.values = new Array(capacity);
  }

  slot(key) {
    let i = fnv1a(key) % this.keys.length;
    while (this.keys[i] !== null && this.keys[i] !== key) i = (i + 1) % this.keys.length;
    return i;
  }

  get(key) {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : undefined;
  }

  set(key, value) {
    const i = this.slot(key);
    this.keys[i] = key;
    this.values[i] = value;
  }
}

module.exports = { TemplateCache, fnv1a };
