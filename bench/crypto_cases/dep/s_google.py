from google.cloud import storage
from google.protobuf import json_format
import grpc
