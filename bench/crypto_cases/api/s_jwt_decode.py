import jwt

def current_user(token: str, key: str) -> dict:
    return jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp"]})
