from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.deps import get_current_user, get_db, get_partner
from app.models import Order, User

router = APIRouter(prefix="/orders", tags=["orders"], dependencies=[Depends(get_current_user)])


class OrderIn(BaseModel):
    product_id: int
    quantity: int


@router.get("/")
def list_orders(db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    return db.query(Order).filter(Order.user_id == user.id).all()


@router.post("/")
def create_order(body: OrderIn, db: Session = Depends(get_db),
                 user: User = Depends(get_current_user)):
    order = Order(user_id=user.id, product_id=body.product_id, quantity=body.quantity)
    db.add(order)
    db.commit()
    return order


@router.get("/{order_id}")
def get_order(order_id: int, db: Session = Depends(get_db)):
    order = db.get(Order, order_id)
    if order is None:
        raise HTTPException(status_code=404)
    return order


@router.post("/{order_id}/cancel")
def cancel_order(order_id: int, db: Session = Depends(get_db),
                 user: User = Depends(get_current_user)):
    order = db.query(Order).filter(Order.id == order_id, Order.user_id == user.id).first()
    if order is None:
        raise HTTPException(status_code=404)
    order.status = "cancelled"
    db.commit()
    return order


@router.post("/import")
async def import_order(request: Request, db: Session = Depends(get_db),
                       partner: User = Depends(get_partner)):
    payload = await request.json()
    order = Order(**payload)
    db.add(order)
    db.commit()
    return {"id": order.id}
