from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_db
from .deps import get_current_user, require_vet
from .models import Appointment, MedicalNote, User
from .routers import appointments, pets
from .security import hash_password, issue_token, send_reset_mail

app = FastAPI(title="Vet clinic")
app.include_router(pets.router)
app.include_router(appointments.router)

app.mount("/static", StaticFiles(directory="web/static"), name="static")
app.mount("/xrays", StaticFiles(directory="storage/xrays"), name="xrays")


class SignupIn(BaseModel):
    email: EmailStr
    password: str
    full_name: str


class ProfileIn(BaseModel):
    full_name: str | None = None
    phone: str | None = None
    role: str | None = None


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/auth/signup", status_code=201)
def signup(body: SignupIn, db: Session = Depends(get_db)):
    user = User(email=body.email, full_name=body.full_name,
                password_hash=hash_password(body.password), role="client")
    db.add(user)
    db.commit()
    return {"token": issue_token(user)}


@app.post("/auth/password-reset")
def password_reset(email: EmailStr, db: Session = Depends(get_db)):
    user = db.query(User).filter(User.email == email).first()
    if user:
        send_reset_mail(user)
    return {"sent": True}


@app.put("/me")
def update_me(body: ProfileIn, db: Session = Depends(get_db),
              me: User = Depends(get_current_user)):
    for key, value in body.model_dump(exclude_none=True).items():
        setattr(me, key, value)
    db.commit()
    return me


@app.post("/admin/notes/purge")
def purge_notes(before: str, db: Session = Depends(get_db)):
    deleted = db.query(MedicalNote).filter(MedicalNote.created_at < before).delete()
    db.commit()
    return {"deleted": deleted}


@app.get("/admin/appointments/export")
def export_appointments(db: Session = Depends(get_db), vet: User = Depends(require_vet)):
    return [a.as_row() for a in db.query(Appointment).all()]
