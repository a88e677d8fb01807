import time

_state = int(time.time())

def _next():
    global _state
    _state = (_state * 1103515245 + 12345) & 0x7FFFFFFF
    return _state

def generate_reset_token(length=24):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[_next() % len(alphabet)] for _ in range(length))
