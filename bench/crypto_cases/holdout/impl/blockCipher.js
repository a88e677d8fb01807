// 16-bit SPN used to scramble voucher codes before printing.

const SBOX = [0xe, 0x4, 0xd, 0x1, 0x2, 0xf, 0xb, 0x8, 0x3, 0xa, 0x6, 0xc, 0x5, 0x9, 0x0, 0x7];
const PERM = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];

function substitute(state) {
  let out = 0;
  for (let i = 0; i < 4; i++) out |= SBOX[(state >> (4 * i)) & 0xf] << (4 * i);
  return out;
}

function permute(state) {
  let out = 0;
  for (let i = 0; i < 16; i++) if (state & (1 << i)) out |= 1 << PERM[i];
  return out;
}

function encryptVoucher(code, roundKeys) {
  let state = code & 0xffff;
  for (let r = 0; r < roundKeys.length - 1; r++) {
    state = permute(substitute(state ^ roundKeys[r]));
  }
  return (state ^ roundKeys[roundKeys.length - 1]) & 0xffff;
}

module.exports = { encryptVoucher };
