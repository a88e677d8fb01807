import secrets

def generate_reset_token() -> str:
    return secrets.token_urlsafe(32)

def generate_salt() -> bytes:
    return secrets.token_bytes(16)
