function encrypt(text, key) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const shift = key.charCodeAt(i % key.length) - 65;
    out += String.fromCharCode(((text.charCodeAt(i) - 65 + shift) % 26) + 65);
  }
  return out;
}
