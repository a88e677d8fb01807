import os
from collections.abc import Iterator

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

engine = create_engine(os.environ["VET_DATABASE_URL"], pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Client(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default="client")  # client | nurse | vet


class Pet(Base):
    __tablename__ = "pets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    name: Mapped[str] = mapped_column(String(80))
    species: Mapped[str] = mapped_column(String(40))
    date_of_birth: Mapped[Date | None] = mapped_column(Date, nullable=True)
    diet_notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    insurance_policy: Mapped[str | None] = mapped_column(String(60), nullable=True)


class ClinicalRecord(Base):
    __tablename__ = "clinical_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pet_id: Mapped[int] = mapped_column(ForeignKey("pets.id"))
    vet_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    notes: Mapped[str] = mapped_column(Text)
    controlled_drug: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[DateTime] = mapped_column(DateTime)


class Appointment(Base):
    __tablename__ = "appointments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pet_id: Mapped[int] = mapped_column(ForeignKey("pets.id"))
    starts_at: Mapped[DateTime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="booked")


def get_db() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session
