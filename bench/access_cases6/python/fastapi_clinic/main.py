"""Clinic scheduling API."""

from __future__ import annotations

import logging

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import text
from sqlalchemy.orm import Session

from database import engine, get_db
from models import Base, User
import admin
import appointments
import profiles
from schemas import SignupRequest, TokenResponse
from security import create_access_token, hash_password, verify_password

log = logging.getLogger("clinic")

app = FastAPI(title="Clinic scheduling", version="2.3.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://portal.clinic.example"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(appointments.router)
app.include_router(profiles.router)
app.include_router(admin.router)
app.include_router(admin.ops)


@app.on_event("startup")
def create_tables() -> None:
    Base.metadata.create_all(bind=engine)


@app.get("/health")
def health(db: Session = Depends(get_db)) -> dict[str, str]:
    db.execute(text("SELECT 1"))
    return {"status": "ok"}


@app.post("/auth/token", response_model=TokenResponse)
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)) -> TokenResponse:
    user = db.query(User).filter(User.email == form.username.lower()).first()
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Bad credentials")
    log.info("login user=%s", user.id)
    return TokenResponse(access_token=create_access_token(user), token_type="bearer")


@app.post("/auth/signup", status_code=status.HTTP_201_CREATED)
def signup(body: SignupRequest, db: Session = Depends(get_db)) -> dict[str, int]:
    if db.query(User).filter(User.email == body.email.lower()).first():
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Email taken")
    user = User(
        email=body.email.lower(),
        full_name=body.full_name,
        password_hash=hash_password(body.password),
        role="patient",
    )
    db.add(user)
    db.commit()
    return {"id": user.id}
