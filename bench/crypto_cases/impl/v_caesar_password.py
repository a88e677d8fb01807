def encrypt_password(password: str, shift: int = 5) -> str:
    result = []
    for ch in password:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)
