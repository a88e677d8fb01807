import hmac
from cryptography.hazmat.backends import default_backend

mac = hmac.new(b"key", b"msg", digestmod="sha256").hexdigest()
backend = default_backend()
