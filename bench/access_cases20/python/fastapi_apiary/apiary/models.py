from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .db import Base


class Keeper(Base):
    __tablename__ = "keepers"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20), default="member")  # member, steward
    levy_paid: Mapped[bool] = mapped_column(Boolean, default=False)
    extractor_credits: Mapped[int] = mapped_column(Integer, default=0)
    hives: Mapped[list["Hive"]] = relationship(back_populates="keeper")


class Hive(Base):
    __tablename__ = "hives"
    id: Mapped[int] = mapped_column(primary_key=True)
    keeper_id: Mapped[int] = mapped_column(ForeignKey("keepers.id"))
    keeper: Mapped[Keeper] = relationship(back_populates="hives")
    apiary_site: Mapped[str] = mapped_column(String(200))  # landowner address and gate code
    queen_marked: Mapped[bool] = mapped_column(Boolean, default=False)


class Inspection(Base):
    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(primary_key=True)
    hive_id: Mapped[int] = mapped_column(ForeignKey("hives.id"))
    inspected_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text)
    notifiable_disease: Mapped[bool] = mapped_column(Boolean, default=False)


class ExtractionSlot(Base):
    __tablename__ = "extraction_slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    keeper_id: Mapped[int] = mapped_column(ForeignKey("keepers.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="requested")
    supers: Mapped[int] = mapped_column(Integer, default=1)


class LevyInvoice(Base):
    __tablename__ = "levy_invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    keeper_id: Mapped[int] = mapped_column(ForeignKey("keepers.id"))
    year: Mapped[int] = mapped_column(Integer)
    amount_pence: Mapped[int] = mapped_column(Integer)
