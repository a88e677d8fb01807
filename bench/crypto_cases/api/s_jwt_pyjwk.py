import jwt
from jwt import PyJWKClient

client = PyJWKClient("https://example.com/.well-known/jwks.json")
header = jwt.get_unverified_header(token)
