from flask import Blueprint, Response, jsonify
from flask_login import login_required

from .auth import admin_required
from .models import Courier, Parcel, db

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


@admin_bp.get("/couriers")
@login_required
@admin_required
def couriers():
    return jsonify([c.to_dict() for c in Courier.query.all()])


@admin_bp.post("/couriers/<int:courier_id>/suspend")
@login_required
@admin_required
def suspend(courier_id):
    Courier.query.filter_by(id=courier_id).update({"suspended": True})
    db.session.commit()
    return jsonify({"ok": True})


@admin_bp.get("/parcels/export")
@login_required
def export_parcels():
    rows = "\n".join(f"{p.id},{p.recipient},{p.address}" for p in Parcel.query.all())
    return Response(rows, mimetype="text/csv")


@admin_bp.get("/help")
@login_required
def help_page():
    return jsonify({"docs": "/docs/admin"})
