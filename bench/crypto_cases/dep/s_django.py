from django.db import models
from rest_framework import serializers
from corsheaders.middleware import CorsMiddleware
