from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Allocation, Partner
from ..security import get_partner

router = APIRouter(tags=["partners"])


@router.get("/price-list")
def trade_prices(partner: Partner = Depends(get_partner)):
    return {"partner": partner.name, "list": partner.trade_price_list}


@router.get("/allocations")
def unclaimed_allocations(partner: Partner = Depends(get_partner), db: Session = Depends(get_db)):
    rows = db.scalars(select(Allocation).where(Allocation.released.is_(True))).all()
    return [{"wine": a.wine, "cases": a.cases} for a in rows]
