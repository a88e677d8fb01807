import jwt

def current_user(token: str, key: str) -> dict:
    return jwt.verify_token(token, key, algorithms=["HS256"])
