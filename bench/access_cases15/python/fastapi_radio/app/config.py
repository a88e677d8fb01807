import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str = os.environ.get("RADIO_DATABASE_URL", "postgresql+psycopg://radio@localhost/radio")
    jwt_secret: str = os.environ.get("RADIO_JWT_SECRET", "")
    jwt_audience: str = "studio-api"
    hotline_issuer: str = "hotline-gateway"


settings = Settings()
