from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    delivery_address: Mapped[str] = mapped_column(String(500))
    tier: Mapped[str] = mapped_column(String(20), default="cellar-door")
    discount_percent: Mapped[int] = mapped_column(Integer, default=0)
    is_sommelier: Mapped[bool] = mapped_column(Boolean, default=False)
    age_verified: Mapped[bool] = mapped_column(Boolean, default=False)


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    total_cents: Mapped[int] = mapped_column(Integer)
    delivery_address: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20))


class Bottle(Base):
    __tablename__ = "cellar_bottles"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    wine: Mapped[str] = mapped_column(String(200))
    vintage: Mapped[int] = mapped_column(Integer)
    drunk_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Tasting(Base):
    __tablename__ = "tastings"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    seats: Mapped[int] = mapped_column(Integer)


class Allocation(Base):
    __tablename__ = "allocations"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    wine: Mapped[str] = mapped_column(String(200))
    cases: Mapped[int] = mapped_column(Integer)
    released: Mapped[bool] = mapped_column(Boolean, default=False)


class Partner(Base):
    __tablename__ = "partners"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    trade_price_list: Mapped[str] = mapped_column(String(50))
