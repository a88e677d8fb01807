from __future__ import annotations

from fastapi import Body, Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from . import admin, appointments, records
from .deps import get_current_user, get_db, get_portal_user
from .models import Appointment, User
from .security import create_access_token, hash_password, verify_password

app = FastAPI(title="Clinic API")

app.include_router(appointments.router)
app.include_router(records.router)
app.include_router(admin.router)
app.include_router(admin.ops)

app.mount("/static", StaticFiles(directory="frontend/build/static"), name="static")
app.mount("/uploads", StaticFiles(directory="var/patient_uploads"), name="uploads")


class SignupIn(BaseModel):
    email: EmailStr
    password: str
    full_name: str


@app.post("/auth/token")
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.scalar(select(User).where(User.email == form.username))
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(status_code=400, detail="Incorrect email or password")
    return {"access_token": create_access_token(sub=str(user.id)), "token_type": "bearer"}


@app.post("/auth/signup", status_code=201)
def signup(body: SignupIn, db: Session = Depends(get_db)):
    user = User(email=body.email, full_name=body.full_name,
                password_hash=hash_password(body.password), role="patient")
    db.add(user)
    db.commit()
    return {"id": user.id}


@app.get("/users/me")
def read_me(user: User = Depends(get_current_user)):
    return {"id": user.id, "email": user.email, "full_name": user.full_name, "role": user.role}


@app.patch("/users/me")
def update_me(
    changes: dict = Body(...),
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
):
    db.query(User).filter(User.id == user.id).update(changes)
    db.commit()
    return {"ok": True}


@app.get("/portal/appointments")
def portal_appointments(db: Session = Depends(get_db), user: User = Depends(get_portal_user)):
    return db.scalars(select(Appointment).where(Appointment.patient_id == user.id)).all()
