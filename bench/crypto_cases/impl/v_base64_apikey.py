import base64
import json

def save_credentials(path, api_key):
    encrypted_key = base64.b64encode(api_key.encode()).decode()
    with open(path, "w") as fh:
        json.dump({"api_key": encrypted_key}, fh)
