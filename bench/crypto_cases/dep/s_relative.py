from . import models
from .utils import helper
from ..core import config
