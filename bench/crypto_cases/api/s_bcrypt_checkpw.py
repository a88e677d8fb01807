import bcrypt

def check(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), stored)
