from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

engine = create_engine("postgresql+psycopg://allotments@db/allotments")
SessionLocal = sessionmaker(engine)


class Base(DeclarativeBase):
    pass


class Gardener(Base):
    __tablename__ = "gardeners"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(200), unique=True)
    on_committee: Mapped[bool] = mapped_column(Boolean, default=False)


class Plot(Base):
    __tablename__ = "plots"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(8))
    gardener_id: Mapped[int | None] = mapped_column(ForeignKey("gardeners.id"))
    size_m2: Mapped[int] = mapped_column(Integer)
    fee_waived: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="applied")


class HarvestLog(Base):
    __tablename__ = "harvest_logs"
    id: Mapped[int] = mapped_column(primary_key=True)
    gardener_id: Mapped[int] = mapped_column(ForeignKey("gardeners.id"))
    plot_id: Mapped[int] = mapped_column(ForeignKey("plots.id"))
    day: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(String(2000))


class Notice(Base):
    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("gardeners.id"))
    text: Mapped[str] = mapped_column(String(1000))


def get_session():
    with SessionLocal() as session:
        yield session
