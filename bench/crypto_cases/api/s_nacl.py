import nacl.secret
import nacl.utils
from nacl.public import PrivateKey, Box

key = nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)
