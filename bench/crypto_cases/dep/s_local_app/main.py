import utils
from config import Settings
from models import User
