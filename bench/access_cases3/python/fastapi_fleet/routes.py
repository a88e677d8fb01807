from typing import Annotated

from fastapi import APIRouter, Cookie, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from fleet.auth import current_driver, require_dispatcher
from fleet.db import get_session
from fleet.models import Driver, Trip, Vehicle

router = APIRouter(prefix="/fleet")
DriverDep = Annotated[Driver, Depends(current_driver)]


class TripUpdate(BaseModel):
    odometer_end: int
    notes: str = ""


@router.get("/vehicles")
def vehicles(db: Session = Depends(get_session)):
    return db.scalars(select(Vehicle)).all()


@router.get("/trips")
def my_trips(driver: DriverDep, db: Session = Depends(get_session)):
    return db.scalars(select(Trip).where(Trip.driver_id == driver.id)).all()


@router.get("/trips/{trip_id}")
def trip(trip_id: int, driver: DriverDep, db: Session = Depends(get_session)):
    found = db.get(Trip, trip_id)
    if found is None:
        raise HTTPException(404)
    return found


@router.put("/trips/{trip_id}")
def finish_trip(trip_id: int, body: TripUpdate, driver: DriverDep,
                db: Session = Depends(get_session)):
    found = db.get(Trip, trip_id)
    if found is None or found.driver_id != driver.id:
        raise HTTPException(404)
    found.odometer_end = body.odometer_end
    found.notes = body.notes
    db.commit()
    return found


@router.post("/trips/{trip_id}/assign", dependencies=[Depends(require_dispatcher)])
def assign(trip_id: int, vehicle_id: int, db: Session = Depends(get_session)):
    found = db.get(Trip, trip_id)
    found.vehicle_id = vehicle_id
    db.commit()
    return found


@router.delete("/vehicles/{vehicle_id}")
def retire_vehicle(vehicle_id: int, db: Session = Depends(get_session)):
    db.delete(db.get(Vehicle, vehicle_id))
    db.commit()


@router.get("/dispatch/board")
def board(dispatcher: str = Cookie(None), db: Session = Depends(get_session)):
    if dispatcher != "yes":
        raise HTTPException(403)
    return db.scalars(select(Trip).where(Trip.status == "open")).all()
