import nacl.secret
import nacl.utils

key = nacl.utils.random_bytes(nacl.secret.SecretBox.KEY_SIZE)
