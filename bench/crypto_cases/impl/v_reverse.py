def encrypt(message: str) -> str:
    return message[::-1]

def decrypt(message: str) -> str:
    return message[::-1]
