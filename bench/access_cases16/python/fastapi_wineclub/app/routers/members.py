from fastapi import APIRouter, Body, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Member, Order
from ..security import get_current_member

router = APIRouter(tags=["members"])


class AddressChange(BaseModel):
    delivery_address: str
    name: str | None = None


@router.get("/orders")
def my_orders(me: Member = Depends(get_current_member), db: Session = Depends(get_db)):
    return db.scalars(select(Order).where(Order.member_id == me.id)).all()


@router.get("/orders/{order_id}")
def order_detail(order_id: int, db: Session = Depends(get_db)):
    order = db.get(Order, order_id)
    if order is None:
        raise HTTPException(404)
    return order


@router.put("/me")
def replace_profile(payload: dict = Body(...), me: Member = Depends(get_current_member),
                    db: Session = Depends(get_db)):
    db.execute(update(Member).where(Member.id == me.id).values(**payload))
    db.commit()
    return db.get(Member, me.id)


@router.patch("/me/address")
def change_address(change: AddressChange, me: Member = Depends(get_current_member),
                   db: Session = Depends(get_db)):
    for field, value in change.model_dump(exclude_unset=True).items():
        setattr(me, field, value)
    db.commit()
    return me
