import csv
import io

from flask import Blueprint, Response
from flask_login import login_required

from .auth import staff_required
from .models import Booking, Member

bp = Blueprint("reports", __name__)


@bp.get("/occupancy")
@login_required
@staff_required
def occupancy():
    rows = Booking.query.filter_by(cancelled=False).count()
    return {"booked_sessions": rows}


@bp.get("/members.csv")
def export_members():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name", "email", "emergency_contact", "medical_notes"])
    for member in Member.query.order_by(Member.id):
        latest = member.bookings[-1] if member.bookings else None
        writer.writerow([member.id, member.full_name, member.email,
                         latest.emergency_contact if latest else "",
                         latest.medical_notes if latest else ""])
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=members.csv"})
