import { createHash, randomBytes } from 'node:crypto';

export function deriveEncryptionKey(password, salt = randomBytes(16).toString('hex')) {
  let key = password + salt;
  for (let i = 0; i < 10000; i++) {
    key = createHash('sha256').update(key + salt).digest('hex');
  }
  return { key: key.slice(0, 64), salt };
}

export function keyId(key) {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}
