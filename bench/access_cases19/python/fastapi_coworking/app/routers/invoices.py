from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deps import get_current_member, get_db
from ..models import Invoice, Member

router = APIRouter(prefix="/invoices", tags=["invoices"])


def _out(inv: Invoice) -> dict:
    return {"id": inv.id, "issued_at": inv.issued_at.isoformat(), "total": str(inv.total),
            "billing_address": inv.billing_address, "vat_number": inv.vat_number,
            "paid": inv.paid}


@router.get("")
def my_invoices(me: Member = Depends(get_current_member), db: Session = Depends(get_db)):
    rows = db.scalars(select(Invoice).where(Invoice.member_id == me.id)
                      .order_by(Invoice.issued_at.desc()))
    return [_out(inv) for inv in rows]


@router.get("/{invoice_id}")
def read_invoice(invoice_id: int, me: Member = Depends(get_current_member),
                 db: Session = Depends(get_db)):
    invoice = db.get(Invoice, invoice_id)
    if invoice is None:
        raise HTTPException(404, "no such invoice")
    return _out(invoice)
