from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "postgresql+psycopg://inventory@localhost/inventory"
    supplier_hosts: tuple[str, ...] = ("api.supplier-one.example", "feeds.supplier-two.example")
    request_timeout: float = 5.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
