import os
import sys
import json
from pathlib import Path
import asyncio, hashlib, secrets
