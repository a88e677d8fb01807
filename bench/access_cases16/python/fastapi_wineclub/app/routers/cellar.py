from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Bottle, Member
from ..security import get_current_member

router = APIRouter(tags=["cellar"])


@router.get("/bottles/{bottle_id}")
def bottle(bottle_id: int, me: Member = Depends(get_current_member),
           db: Session = Depends(get_db)):
    found = db.scalar(select(Bottle).where(Bottle.id == bottle_id).where(Bottle.owner_id == me.id))
    if found is None:
        raise HTTPException(404)
    return found


@router.post("/bottles/{bottle_id}/drink")
def mark_drunk(bottle_id: int, db: Session = Depends(get_db)):
    result = db.execute(update(Bottle).where(Bottle.id == bottle_id).values(drunk_on=date.today()))
    if result.rowcount == 0:
        raise HTTPException(404)
    db.commit()
    return {"ok": True}
