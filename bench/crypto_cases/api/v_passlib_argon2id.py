from passlib.hash import argon2id

hashed = argon2id.hash("correct horse")
