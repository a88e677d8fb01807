from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.deps import get_db, require_admin
from app.models import Order, User

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/users")
def all_users(db: Session = Depends(get_db), admin: User = Depends(require_admin)):
    return db.query(User).all()


@router.delete("/users/{user_id}")
def delete_user(user_id: int, db: Session = Depends(get_db), admin: User = Depends(require_admin)):
    db.query(User).filter(User.id == user_id).delete()
    db.commit()
    return {"deleted": user_id}


@router.post("/orders/purge")
def purge_orders(db: Session = Depends(get_db)):
    db.query(Order).filter(Order.status == "cancelled").delete()
    db.commit()
    return {"ok": True}


@router.get("/stats", dependencies=[Depends(require_admin)])
def stats(db: Session = Depends(get_db)):
    return {"orders": db.execute(text("select count(*) from orders")).scalar_one()}
