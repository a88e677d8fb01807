import requests
import numpy as np
import pandas as pd
from fastapi import FastAPI
import httpx
