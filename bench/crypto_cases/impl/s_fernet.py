from cryptography.fernet import Fernet

def encrypt(data: bytes, key: bytes) -> bytes:
    return Fernet(key).encrypt(data)

def decrypt(token: bytes, key: bytes) -> bytes:
    return Fernet(key).decrypt(token)
