from datetime import date

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Keeper, LevyInvoice

router = APIRouter(prefix="/levy", tags=["levy"])

HIVE_LEVY_PENCE = 450


@router.get("/rates")
def rates():
    return {"per_hive_pence": HIVE_LEVY_PENCE}


@router.post("/invoices/run")
def run_levy(db: Session = Depends(get_db)):
    year = date.today().year
    issued = 0
    for keeper in db.scalars(select(Keeper)):
        db.add(LevyInvoice(keeper_id=keeper.id, year=year, amount_pence=HIVE_LEVY_PENCE * len(keeper.hives)))
        keeper.levy_paid = False
        issued += 1
    db.commit()
    return {"issued": issued, "year": year}
