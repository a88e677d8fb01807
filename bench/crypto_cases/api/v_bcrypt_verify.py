import bcrypt

def check(password: str, stored: bytes) -> bool:
    return bcrypt.verify(password.encode(), stored)
