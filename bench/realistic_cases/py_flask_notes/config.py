import os


class Config:
    SQLITE_PATH = os.environ.get("NOTES_DB", "notes.db")
    SECRET_KEY = "9f2b6c1e8a7d4f3b0c5e6a9d2b8f7e1c"
    UPLOAD_DIR = os.path.join(os.path.dirname(__file__), "attachments")
    PAGE_SIZE = 20


class TestConfig(Config):
    SQLITE_PATH = ":memory:"
    SECRET_KEY = os.environ.get("TEST_SECRET_KEY", "")
