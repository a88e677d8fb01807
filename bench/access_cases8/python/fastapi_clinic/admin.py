from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Depends
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .deps import get_db, require_admin, require_internal_network
from .models import AuditEvent, Session as LoginSession, User
from .search import rebuild_index

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(require_admin)])


@router.get("/users")
def list_users(db: Session = Depends(get_db)):
    return db.scalars(select(User).order_by(User.id)).all()


@router.post("/users/{user_id}/deactivate")
def deactivate_user(user_id: int, db: Session = Depends(get_db)):
    user = db.get(User, user_id)
    user.is_active = False
    db.execute(delete(LoginSession).where(LoginSession.user_id == user_id))
    db.commit()
    return {"ok": True}


@router.delete("/audit")
def purge_audit(db: Session = Depends(get_db)):
    db.execute(delete(AuditEvent))
    db.commit()
    return {"ok": True}


ops = APIRouter(prefix="/ops", tags=["ops"])


@ops.get("/health")
def health():
    return {"status": "ok"}


@ops.get("/metrics", dependencies=[Depends(require_internal_network)])
def metrics(db: Session = Depends(get_db)):
    return {
        "users": db.scalar(select(func.count(User.id))),
        "sessions": db.scalar(select(func.count(LoginSession.id))),
    }


@ops.post("/reindex", dependencies=[Depends(require_admin)])
def reindex(background: BackgroundTasks):
    background.add_task(rebuild_index)
    return {"queued": True}
