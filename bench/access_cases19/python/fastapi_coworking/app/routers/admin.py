import csv
import io

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deps import get_db
from ..models import Invoice, Member

router = APIRouter(tags=["admin"])


@router.get("/members.csv")
def export_members(db: Session = Depends(get_db)):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "name", "email", "phone", "plan"])
    for m in db.scalars(select(Member).order_by(Member.id)):
        writer.writerow([m.id, m.name, m.email, m.phone, m.plan])
    buf.seek(0)
    return StreamingResponse(buf, media_type="text/csv")


@router.post("/invoices/{invoice_id}/mark-paid")
def mark_paid(invoice_id: int, db: Session = Depends(get_db)):
    invoice = db.get(Invoice, invoice_id)
    invoice.paid = True
    db.commit()
    return {"id": invoice.id, "paid": True}
