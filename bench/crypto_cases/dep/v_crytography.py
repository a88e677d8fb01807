from crytography.fernet import Fernet
