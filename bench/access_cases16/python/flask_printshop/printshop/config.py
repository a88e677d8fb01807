import os


class Default:
    SECRET_KEY = os.environ.get("PRINTSHOP_SECRET", "")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///printshop.db")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MACHINE_KEYS = {
        name.split("=")[0]: name.split("=")[1]
        for name in os.environ.get("PRINTSHOP_MACHINE_KEYS", "").split(",")
        if "=" in name
    }
