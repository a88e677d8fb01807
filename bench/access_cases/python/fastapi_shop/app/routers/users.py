import jwt
from fastapi import APIRouter, Body, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from app.deps import get_current_user, get_db
from app.models import User

router = APIRouter(prefix="/users", tags=["users"])

ALLOWED_REPORT_IPS = {"10.0.0.5", "10.0.0.6"}


@router.get("/me")
def me(user: User = Depends(get_current_user)):
    return {"id": user.id, "email": user.email}


@router.patch("/me")
def update_me(changes: dict = Body(...), user: User = Depends(get_current_user),
              db: Session = Depends(get_db)):
    for field, value in changes.items():
        setattr(user, field, value)
    db.commit()
    return {"id": user.id, "email": user.email}


@router.get("/report")
def usage_report(request: Request, db: Session = Depends(get_db)):
    caller = request.headers.get("x-forwarded-for", request.client.host).split(",")[0].strip()
    if caller not in ALLOWED_REPORT_IPS:
        raise HTTPException(status_code=403)
    return {"users": db.query(User).count()}


@router.get("/beta-features")
def beta_features(request: Request):
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("plan") == "enterprise":
        return {"features": ["sso", "audit-log"]}
    return {"features": []}
