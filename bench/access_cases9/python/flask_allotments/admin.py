import csv
import io

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .models import Member, Plot, db

admin_bp = Blueprint("admin", __name__)


@admin_bp.before_request
@login_required
def require_committee():
    if current_user.role not in ("committee", "secretary"):
        abort(403)


@admin_bp.get("/")
def dashboard():
    return render_template("admin/dashboard.html", members=Member.query.count(),
                           vacant=Plot.query.filter_by(holder_id=None).count())


@admin_bp.post("/members/<int:member_id>/remove")
def remove_member(member_id):
    member = db.session.get(Member, member_id) or abort(404)
    Plot.query.filter_by(holder_id=member.id).update({"holder_id": None})
    db.session.delete(member)
    db.session.commit()
    return redirect(url_for(".dashboard"))


@admin_bp.get("/members.csv")
def export_members():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "email", "phone", "plot"])
    for m in Member.query.order_by(Member.name):
        writer.writerow([m.name, m.email, m.phone, ",".join(p.code for p in m.plots)])
    return Response(buf.getvalue(), mimetype="text/csv")


@admin_bp.post("/members/<int:member_id>/role")
def set_role(member_id):
    role = request.form["role"]
    if role not in ("applicant", "holder", "committee"):
        abort(400)
    member = db.session.get(Member, member_id) or abort(404)
    member.role = role
    db.session.commit()
    return redirect(url_for(".dashboard"))
