from cryptography.fernet import Fernet, FernetKey

key = FernetKey.generate()
box = Fernet(key)
