from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from .config import settings

engine = create_engine(settings.database_url, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False)


class Base(DeclarativeBase):
    pass


class Presenter(Base):
    __tablename__ = "presenters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    bio: Mapped[str] = mapped_column(Text, default="")
    home_phone: Mapped[str] = mapped_column(String(40), default="")
    is_station_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    airtime_quota_minutes: Mapped[int] = mapped_column(Integer, default=120)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)


class Show(Base):
    __tablename__ = "shows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    presenter_id: Mapped[int] = mapped_column(ForeignKey("presenters.id"))
    slot_start: Mapped[datetime] = mapped_column(DateTime)
    published: Mapped[bool] = mapped_column(Boolean, default=False)


class ListenerMessage(Base):
    __tablename__ = "listener_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id"))
    sender_name: Mapped[str] = mapped_column(String(120))
    sender_phone: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)


class PlaylistEntry(Base):
    __tablename__ = "playlist_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id"))
    artist: Mapped[str] = mapped_column(String(200))
    track: Mapped[str] = mapped_column(String(200))
    royalty_code: Mapped[str] = mapped_column(String(40), default="")


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
