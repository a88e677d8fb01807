import csv
import io
from functools import wraps

from flask import Blueprint, Response, abort, jsonify, request
from flask_login import current_user, login_required

from notes import db
from notes.models import Note, User

bp = Blueprint("admin", __name__)


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@bp.route("/users")
@admin_required
def users():
    return jsonify([{"id": u.id, "email": u.email, "is_admin": u.is_admin}
                    for u in User.query.all()])


@bp.route("/users/<int:user_id>/promote", methods=["POST"])
@admin_required
def promote(user_id):
    user = User.query.get_or_404(user_id)
    user.is_admin = True
    db.session.commit()
    return jsonify({"ok": True})


@bp.route("/export.csv")
def export_notes():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "owner", "title", "body"])
    for note in Note.query.all():
        writer.writerow([note.id, note.owner_id, note.title, note.body])
    return Response(buffer.getvalue(), mimetype="text/csv")


@bp.route("/maintenance", methods=["POST"])
def maintenance():
    if request.cookies.get("role") != "admin":
        abort(403)
    db.drop_all()
    db.create_all()
    return jsonify({"reset": True})
