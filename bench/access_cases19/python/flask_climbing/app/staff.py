from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from . import db
from .auth import staff_required
from .models import Member, Route

bp = Blueprint("staff", __name__)


@bp.before_request
@login_required
@staff_required
def only_staff():
    return None


@bp.post("/members/<int:member_id>/ban")
def ban_member(member_id):
    member = db.get_or_404(Member, member_id)
    member.banned = True
    db.session.commit()
    return jsonify(id=member.id, banned=True)


@bp.post("/routes/<int:route_id>/strip")
def strip_route(route_id):
    route = db.get_or_404(Route, route_id)
    route.strip()
    db.session.commit()
    return jsonify(id=route.id, stripped_by=current_user.id)


@bp.post("/members/<int:member_id>/certify")
def certify_belayer(member_id):
    member = db.get_or_404(Member, member_id)
    member.belay_certified = request.form.get("certified") == "yes"
    db.session.commit()
    return jsonify(id=member.id, belay_certified=member.belay_certified)
