def generate_keys(p, q, e=65537):
    n = p * q
    phi = (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    return (e, n), (d, n)

def encrypt(message: int, public_key):
    e, n = public_key
    return pow(message, e, n)

def decrypt(ciphertext: int, private_key):
    d, n = private_key
    return pow(ciphertext, d, n)
