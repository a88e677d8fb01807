from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Allocation, Member, Tasting
from ..security import require_sommelier

router = APIRouter(tags=["club"])


@router.get("/tastings")
def upcoming_tastings(db: Session = Depends(get_db)):
    return db.scalars(select(Tasting).order_by(Tasting.held_on)).all()


@router.post("/tastings", dependencies=[Depends(require_sommelier)])
def add_tasting(title: str, held_on: str, seats: int, db: Session = Depends(get_db)):
    tasting = Tasting(title=title, held_on=held_on, seats=seats)
    db.add(tasting)
    db.commit()
    return tasting


@router.delete("/tastings/{tasting_id}")
def cancel_tasting(tasting_id: int, db: Session = Depends(get_db)):
    if db.execute(delete(Tasting).where(Tasting.id == tasting_id)).rowcount == 0:
        raise HTTPException(404)
    db.commit()
    return {"deleted": tasting_id}


@router.post("/allocations/release")
def release_allocations(wine: str, sommelier: Member = Depends(require_sommelier),
                        db: Session = Depends(get_db)):
    db.execute(update(Allocation).where(Allocation.wine == wine).values(released=True))
    db.commit()
    return {"released": wine}
