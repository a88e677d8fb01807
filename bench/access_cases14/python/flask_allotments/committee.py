from flask import Blueprint, jsonify, request

from auth import committee_required
from models import Inspection, Plot, Tenant, WaitingListEntry, db

bp = Blueprint("committee", __name__)


@bp.before_request
@committee_required
def _committee_only():
    return None


@bp.post("/inspections")
def record_inspection():
    data = request.get_json(force=True)
    inspection = Inspection(plot_id=int(data["plot_id"]), score=int(data["score"]),
                            notes=data.get("notes", ""),
                            warning_letter=bool(data.get("warning_letter")))
    db.session.add(inspection)
    db.session.commit()
    return jsonify({"id": inspection.id}), 201


@bp.post("/tenants/<int:tenant_id>/committee")
def set_committee(tenant_id: int):
    tenant = db.get_or_404(Tenant, tenant_id)
    tenant.is_committee = bool(request.get_json(force=True).get("is_committee"))
    db.session.commit()
    return jsonify({"ok": True})


@bp.post("/plots/<int:plot_id>/offer")
def offer_plot(plot_id: int):
    plot = db.get_or_404(Plot, plot_id)
    first = WaitingListEntry.query.order_by(WaitingListEntry.position).first_or_404()
    return jsonify({"plot": plot.number, "offer_to": first.email})
