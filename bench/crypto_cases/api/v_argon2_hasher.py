import argon2

hasher = argon2.PasswordHash(time_cost=3)
digest = hasher.hash("pw")
