from fastapi import APIRouter

router = APIRouter(tags=["public"])

OPENING_HOURS = {
    "mon-fri": "08:00-19:00",
    "sat": "09:00-13:00",
    "sun": "emergencies only",
}


@router.get("/clinic/hours")
def clinic_hours() -> dict[str, str]:
    return OPENING_HOURS


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
