from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from app import csrf
from auth import login_view, water_officer_required
from models import Inspection, Plot, Tenant, WaitingListEntry, WaterRota, db

bp = Blueprint("plots", __name__)

bp.add_url_rule("/login", view_func=login_view, methods=["GET", "POST"])


def _plot_json(plot: Plot) -> dict:
    return {"id": plot.id, "number": plot.number, "size_rods": plot.size_rods,
            "annual_rent_pence": plot.annual_rent_pence}


@bp.get("/plots")
@login_required
def my_plots():
    plots = Plot.query.filter_by(tenant_id=current_user.id).order_by(Plot.number).all()
    return jsonify([_plot_json(p) for p in plots])


@bp.get("/plots/<int:plot_id>")
@login_required
def plot_detail(plot_id: int):
    plot = Plot.query.filter_by(id=plot_id, tenant_id=current_user.id).first_or_404()
    return jsonify(_plot_json(plot))


@bp.get("/plots/<int:plot_id>/inspections")
@login_required
def plot_inspections(plot_id: int):
    plot = Plot.query.get_or_404(plot_id)
    return jsonify([
        {"score": i.score, "notes": i.notes, "warning_letter": i.warning_letter}
        for i in plot.inspections
    ])


@bp.post("/plots/<int:plot_id>/transfer")
@csrf.exempt
@login_required
def transfer_plot(plot_id: int):
    plot = Plot.query.filter_by(id=plot_id, tenant_id=current_user.id).first_or_404()
    new_holder = Tenant.query.filter_by(email=request.form["email"].lower()).first_or_404()
    plot.tenant_id = new_holder.id
    db.session.commit()
    return jsonify(_plot_json(plot))


@bp.get("/plots/<int:plot_id>/inspections/latest")
@login_required
def latest_inspection(plot_id: int):
    inspection = (
        Inspection.query.join(Plot)
        .filter(Plot.id == plot_id, Plot.tenant_id == current_user.id)
        .order_by(Inspection.id.desc())
        .first_or_404()
    )
    return jsonify({"score": inspection.score, "notes": inspection.notes})


@bp.post("/profile")
@login_required
def update_profile():
    for field, value in request.form.items():
        if hasattr(current_user, field):
            setattr(current_user, field, value)
    db.session.commit()
    return jsonify({"ok": True})


@bp.post("/profile/contact")
@login_required
def update_contact():
    for field in ("display_name", "phone"):
        if field in request.form:
            setattr(current_user, field, request.form[field].strip())
    db.session.commit()
    return jsonify({"ok": True})


@bp.post("/waiting-list")
def join_waiting_list():
    last = db.session.query(db.func.max(WaitingListEntry.position)).scalar() or 0
    entry = WaitingListEntry(name=request.form["name"], email=request.form["email"],
                             position=last + 1)
    db.session.add(entry)
    db.session.commit()
    return jsonify({"position": entry.position}), 201


@bp.post("/waiting-list/reset")
def reset_waiting_list():
    WaitingListEntry.query.delete()
    db.session.commit()
    return jsonify({"ok": True})


@bp.post("/water-rota")
@login_required
@water_officer_required
def set_water_rota():
    payload = request.get_json(force=True)
    for slot in payload["slots"]:
        db.session.add(WaterRota(week=slot["week"], tenant_id=slot["tenant_id"],
                                 trough=slot["trough"]))
    db.session.commit()
    return jsonify({"ok": True})


@bp.get("/water-rota/mine")
@login_required
def my_water_duty():
    rows = WaterRota.query.filter(WaterRota.tenant_id == current_user.id).all()
    if not rows:
        abort(404)
    return jsonify([{"week": r.week.isoformat(), "trough": r.trough} for r in rows])
