from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deps import current_presenter, hotline_caller, on_air_presenter
from ..models import ListenerMessage, PlaylistEntry, Presenter, Show, get_db

router = APIRouter(prefix="/me", tags=["presenter"], dependencies=[Depends(current_presenter)])
desk = APIRouter(prefix="/desk", tags=["studio desk"])


class PlaylistIn(BaseModel):
    artist: str
    track: str


@router.get("/shows")
def my_shows(me: Presenter = Depends(current_presenter), db: Session = Depends(get_db)):
    rows = db.scalars(select(Show).where(Show.presenter_id == me.id).order_by(Show.slot_start))
    return [{"id": s.id, "title": s.title, "slot_start": s.slot_start} for s in rows]


@router.post("/shows/{show_id}/playlist")
def add_track(show_id: int, entry: PlaylistIn, me: Presenter = Depends(current_presenter),
              db: Session = Depends(get_db)):
    show = db.scalar(select(Show).where(Show.id == show_id, Show.presenter_id == me.id))
    if show is None:
        raise HTTPException(404, "no such show")
    row = PlaylistEntry(show_id=show.id, artist=entry.artist, track=entry.track)
    db.add(row)
    db.commit()
    return {"id": row.id}


@router.get("/shows/{show_id}/messages")
def listener_messages(show_id: int, db: Session = Depends(get_db)):
    rows = db.scalars(select(ListenerMessage).where(ListenerMessage.show_id == show_id))
    return [{"from": m.sender_name, "phone": m.sender_phone, "body": m.body} for m in rows]


@router.delete("/playlist/{entry_id}")
def remove_track(entry_id: int, db: Session = Depends(get_db)):
    entry = db.get(PlaylistEntry, entry_id)
    if entry is None:
        raise HTTPException(404, "no such entry")
    db.delete(entry)
    db.commit()
    return {"deleted": entry_id}


@router.patch("/profile")
def update_profile(changes: dict, me: Presenter = Depends(current_presenter),
                   db: Session = Depends(get_db)):
    for field, value in changes.items():
        if hasattr(me, field):
            setattr(me, field, value)
    db.commit()
    return {"id": me.id, "display_name": me.display_name}


@router.put("/contact")
def update_contact(changes: dict, me: Presenter = Depends(current_presenter),
                   db: Session = Depends(get_db)):
    for field in ("bio", "home_phone"):
        if field in changes:
            setattr(me, field, str(changes[field])[:500])
    db.commit()
    return {"ok": True}


@desk.get("/messages/incoming")
def incoming(me: Presenter = Depends(hotline_caller), db: Session = Depends(get_db)):
    shows = select(Show.id).where(Show.presenter_id == me.id)
    rows = db.scalars(select(ListenerMessage).where(ListenerMessage.show_id.in_(shows)))
    return [{"from": m.sender_name, "body": m.body} for m in rows]


@desk.post("/now-playing")
def now_playing(entry: PlaylistIn, me: Presenter = Depends(on_air_presenter),
                db: Session = Depends(get_db)):
    show = db.scalar(select(Show).where(Show.presenter_id == me.id).order_by(Show.slot_start.desc()))
    if show is None:
        raise HTTPException(404, "no show")
    db.add(PlaylistEntry(show_id=show.id, artist=entry.artist, track=entry.track))
    db.commit()
    return {"ok": True}
