from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from notes import db
from notes.models import Note

bp = Blueprint("notes", __name__)


@bp.route("/")
@login_required
def index():
    notes = Note.query.filter_by(owner_id=current_user.id).order_by(Note.created_at.desc()).all()
    return jsonify([n.to_dict() for n in notes])


@bp.route("/", methods=["POST"])
@login_required
def create():
    data = request.get_json() or {}
    note = Note(owner_id=current_user.id, title=data.get("title", "Untitled"),
                body=data.get("body", ""))
    db.session.add(note)
    db.session.commit()
    return jsonify(note.to_dict()), 201


@bp.route("/<int:note_id>")
@login_required
def show(note_id):
    note = Note.query.get_or_404(note_id)
    return jsonify(note.to_dict())


@bp.route("/<int:note_id>", methods=["PUT"])
@login_required
def update(note_id):
    note = Note.query.filter_by(id=note_id, owner_id=current_user.id).first_or_404()
    for key, value in request.get_json().items():
        setattr(note, key, value)
    db.session.commit()
    return jsonify(note.to_dict())


@bp.route("/<int:note_id>/share", methods=["POST"])
@login_required
def share(note_id):
    note = db.session.get(Note, note_id)
    if note is None or note.owner_id != current_user.id:
        abort(404)
    note.shared = True
    db.session.commit()
    return jsonify(note.to_dict())


@bp.route("/<int:note_id>", methods=["DELETE"])
def delete(note_id):
    note = Note.query.get_or_404(note_id)
    db.session.delete(note)
    db.session.commit()
    return "", 204
