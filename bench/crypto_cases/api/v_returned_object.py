import hashlib

digest = hashlib.sha256(b"data").hex()
