from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deps import get_current_member, get_db, require_manager
from ..models import Booking, Desk, Member

router = APIRouter(prefix="/desks", tags=["desks"])


class BookingIn(BaseModel):
    desk_id: int
    day: date


@router.get("")
def list_desks(db: Session = Depends(get_db), me: Member = Depends(get_current_member)):
    return [{"id": d.id, "label": d.label, "floor": d.floor}
            for d in db.scalars(select(Desk).where(Desk.permanent_member_id.is_(None)))]


@router.post("/bookings", status_code=201)
def book_desk(body: BookingIn, me: Member = Depends(get_current_member),
              db: Session = Depends(get_db)):
    taken = db.scalar(select(Booking).where(Booking.desk_id == body.desk_id,
                                            Booking.day == body.day))
    if taken:
        raise HTTPException(409, "desk already booked")
    booking = Booking(desk_id=body.desk_id, day=body.day, member_id=me.id)
    db.add(booking)
    db.commit()
    return {"id": booking.id}


@router.get("/bookings/{booking_id}")
def get_booking(booking_id: int, me: Member = Depends(get_current_member),
                db: Session = Depends(get_db)):
    stmt = select(Booking).where(Booking.id == booking_id).where(Booking.member_id == me.id)
    booking = db.scalar(stmt)
    if booking is None:
        raise HTTPException(404)
    return {"id": booking.id, "desk": booking.desk.label, "day": booking.day.isoformat()}


@router.post("/{desk_id}/release")
def release_permanent(desk_id: int, manager: Member = Depends(require_manager),
                      db: Session = Depends(get_db)):
    desk = db.get(Desk, desk_id) or _missing()
    desk.permanent_member_id = None
    db.commit()
    return {"id": desk.id, "permanent_member_id": None}


@router.post("/{desk_id}/assign-permanent")
def assign_permanent(desk_id: int, member_id: int, me: Member = Depends(get_current_member),
                     db: Session = Depends(get_db)):
    desk = db.get(Desk, desk_id) or _missing()
    desk.permanent_member_id = member_id
    db.commit()
    return {"id": desk.id, "permanent_member_id": member_id}


def _missing():
    raise HTTPException(404, "no such desk")
