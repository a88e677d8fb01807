import hashlib

h = hashlib.new("sha-265")
h.update(b"x")
