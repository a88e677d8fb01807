import hmac

def same(a: bytes, b: bytes) -> bool:
    return hmac.compare(a, b)
