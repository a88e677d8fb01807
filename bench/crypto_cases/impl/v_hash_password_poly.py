def hash_password(password: str, salt: str) -> str:
    h = 5381
    for ch in salt + password:
        h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
    return format(h, "08x")
