from cryptography.fernet import Fernet, MultiFernet

key = Fernet.generate_key()
box = MultiFernet([Fernet(key)])
