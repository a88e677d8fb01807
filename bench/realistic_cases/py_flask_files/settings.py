import os

BUCKET = os.environ.get("FILES_BUCKET", "files-dev")
WORK_DIR = "/var/lib/files/work"
AWS_ACCESS_KEY_ID = "AKIATXRKDA73OA6MRLSP"
AWS_SECRET_ACCESS_KEY = "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"
AWS_REGION = os.environ.get("AWS_REGION", "eu-west-1")
MAX_UPLOAD = 16 * 1024 * 1024
