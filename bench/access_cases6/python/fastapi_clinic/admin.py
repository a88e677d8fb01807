"""Administration: user management for admins, and operational endpoints."""

from __future__ import annotations

import csv
import io
import ipaddress

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from cache import cache
from database import get_db
from models import Appointment, User
from schemas import RoleChange, UserOut
from search import search_index
from security import caller_address, require_role

router = APIRouter(prefix="/admin", tags=["admin"],
                   dependencies=[Depends(require_role("admin"))])

ops = APIRouter(prefix="/ops", tags=["ops"])

OFFICE_NETWORK = ipaddress.ip_network("10.20.0.0/16")


@router.get("/users", response_model=list[UserOut])
def list_users(db: Session = Depends(get_db), page: int = 1):
    return db.query(User).order_by(User.id).offset((page - 1) * 50).limit(50).all()


@router.post("/users/{user_id}/role", response_model=UserOut)
def change_role(user_id: int, body: RoleChange, db: Session = Depends(get_db)):
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    if body.role not in {"patient", "staff", "admin"}:
        raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST)
    user.role = body.role
    db.commit()
    return user


@router.delete("/users/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove_user(user_id: int, db: Session = Depends(get_db)) -> None:
    user = db.get(User, user_id)
    if user is not None:
        db.delete(user)
        db.commit()


@router.get("/audit")
def audit_log(request: Request, db: Session = Depends(get_db)):
    rows = db.execute(
        Appointment.__table__.select().order_by(Appointment.updated_at.desc()).limit(200)
    ).mappings()
    return {"requested_by": caller_address(request), "rows": [dict(r) for r in rows]}


@ops.get("/status")
def ops_status() -> dict[str, str]:
    return {"cache": cache.status(), "search": search_index.status()}


@ops.post("/reindex", status_code=status.HTTP_202_ACCEPTED)
def reindex(request: Request, db: Session = Depends(get_db)) -> dict[str, int]:
    if ipaddress.ip_address(caller_address(request)) not in OFFICE_NETWORK:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
    count = search_index.rebuild(db.query(User).all())
    return {"indexed": count}


@ops.get("/export/patients")
def export_patients(db: Session = Depends(get_db)):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "email", "full_name", "date_of_birth", "insurer"])
    for user in db.query(User).filter(User.role == "patient").yield_per(500):
        writer.writerow([user.id, user.email, user.full_name, user.date_of_birth,
                         user.insurer_name])
    buffer.seek(0)
    return StreamingResponse(iter([buffer.getvalue()]), media_type="text/csv")


@ops.delete("/cache", status_code=status.HTTP_204_NO_CONTENT)
def flush_cache() -> None:
    cache.flush_all()
