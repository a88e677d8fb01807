def constant_time_equals(a: bytes, b: bytes) -> bool:
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0

def check_webhook(sig, expected):
    return constant_time_equals(sig, expected)
