from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt
from sqlalchemy.orm import Session

from .config import settings
from .models import Presenter, get_db

bearer = HTTPBearer(auto_error=False)


def current_presenter(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
    db: Session = Depends(get_db),
) -> Presenter:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in")
    try:
        claims = jwt.decode(
            creds.credentials,
            settings.jwt_secret,
            algorithms=["HS256"],
            audience=settings.jwt_audience,
        )
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad token") from exc
    presenter = db.get(Presenter, int(claims["sub"]))
    if presenter is None or presenter.suspended:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown presenter")
    return presenter


def require_station_manager(me: Presenter = Depends(current_presenter)) -> Presenter:
    if not me.is_station_manager:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "station managers only")
    return me


def hotline_caller(request: Request, db: Session = Depends(get_db)) -> Presenter:
    """The phone-in desk app sends the presenter's token it got from the gateway."""
    token = request.headers.get("X-Hotline-Token", "")
    claims = jwt.get_unverified_claims(token) if token else {}
    if claims.get("iss") != settings.hotline_issuer:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "not from the hotline gateway")
    presenter = db.get(Presenter, int(claims.get("sub", 0)))
    if presenter is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown presenter")
    return presenter


def on_air_presenter(request: Request, db: Session = Depends(get_db)) -> Presenter:
    # the studio desk remembers who is on air in a cookie so the desk never logs out
    presenter_id = request.cookies.get("on_air_presenter")
    if not presenter_id:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "nobody on air")
    presenter = db.get(Presenter, int(presenter_id))
    if presenter is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown presenter")
    return presenter
