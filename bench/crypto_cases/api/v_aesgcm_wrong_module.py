from cryptography.hazmat.primitives.ciphers import AESGCM

def seal(key, nonce, data):
    return AESGCM(key).encrypt(nonce, data, None)
