import csv
import io

from flask import Blueprint, Response, abort, jsonify, request
from flask_login import current_user

from models import Loan, Member, db

admin_bp = Blueprint("admin", __name__)


@admin_bp.before_request
def require_admin():
    if not current_user.is_authenticated or current_user.role != "admin":
        abort(403)


@admin_bp.get("/members.csv")
def export_members():
    out = io.StringIO()
    writer = csv.writer(out)
    for m in Member.query.order_by(Member.id):
        writer.writerow([m.id, m.email, m.display_name, m.phone, m.role])
    return Response(out.getvalue(), mimetype="text/csv")


@admin_bp.post("/members/<int:member_id>/role")
def set_role(member_id):
    member = db.get_or_404(Member, member_id)
    if request.json["role"] not in ("member", "steward", "admin"):
        abort(400)
    member.role = request.json["role"]
    db.session.commit()
    return jsonify(id=member.id, role=member.role)


@admin_bp.post("/loans/purge-returned")
def purge_returned():
    deleted = Loan.query.filter(Loan.returned_at.isnot(None)).delete()
    db.session.commit()
    return jsonify(deleted=deleted)
