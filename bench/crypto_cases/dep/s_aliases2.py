from dateutil import parser
import jwt
from dotenv import load_dotenv
from Crypto.Cipher import AES
import attr
