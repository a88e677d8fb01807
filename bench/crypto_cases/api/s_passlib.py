from passlib.context import CryptContext
from passlib.hash import argon2, bcrypt_sha256

ctx = CryptContext(schemes=["argon2", "bcrypt_sha256"], deprecated="auto")
