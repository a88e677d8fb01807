from fastapi import Depends, FastAPI, Form, HTTPException
from passlib.hash import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import Keeper
from .routers import extraction, hives, keepers, levy, stewards
from .security import issue_token

app = FastAPI(title="Valley Beekeepers Co-op")

app.include_router(hives.router)
app.include_router(extraction.router)
app.include_router(keepers.router)
app.include_router(stewards.router)
app.include_router(levy.router)


@app.post("/token")
def token(email: str = Form(...), password: str = Form(...), db: Session = Depends(get_db)):
    keeper = db.scalar(select(Keeper).where(Keeper.email == email.lower()))
    if keeper is None or not bcrypt.verify(password, keeper.password_hash):
        raise HTTPException(401, "wrong email or password")
    return {"access_token": issue_token(keeper), "token_type": "bearer"}


@app.get("/healthz")
def healthz():
    return {"ok": True}
