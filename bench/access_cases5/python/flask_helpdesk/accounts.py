from flask import Blueprint, jsonify, request, abort
from flask_login import current_user, login_required, login_user, logout_user

from .models import db, User

bp = Blueprint("accounts", __name__)

EDITABLE = ("display_name", "signature", "timezone")


@bp.post("/login")
def login():
    payload = request.get_json() or {}
    user = User.query.filter_by(email=payload.get("email", "")).first()
    if user is None or not user.check_password(payload.get("password", "")):
        abort(401)
    login_user(user)
    return jsonify(user.public())


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    return "", 204


@bp.get("/me")
@login_required
def me():
    return jsonify(current_user.public())


@bp.patch("/me")
@login_required
def update_me():
    changes = request.get_json() or {}
    for field, value in changes.items():
        setattr(current_user, field, value)
    db.session.commit()
    return jsonify(current_user.public())


@bp.patch("/me/preferences")
@login_required
def update_preferences():
    changes = request.get_json() or {}
    for field in EDITABLE:
        if field in changes:
            setattr(current_user, field, changes[field])
    db.session.commit()
    return jsonify(current_user.public())


@bp.get("/agents")
@login_required
def list_agents():
    if request.cookies.get("desk_role") != "supervisor":
        abort(403)
    agents = User.query.filter_by(is_agent=True).all()
    return jsonify([a.public() for a in agents])


@bp.post("/admin/users/<int:user_id>/deactivate")
def deactivate_user(user_id):
    user = db.session.get(User, user_id) or abort(404)
    user.active = False
    db.session.commit()
    return "", 204


@bp.post("/admin/users/<int:user_id>/promote")
@login_required
def promote_user(user_id):
    if not current_user.is_admin:
        abort(403)
    user = db.session.get(User, user_id) or abort(404)
    user.is_agent = True
    db.session.commit()
    return "", 204
