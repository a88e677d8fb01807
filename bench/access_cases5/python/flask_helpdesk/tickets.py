from flask import Blueprint, jsonify, request, abort
from flask_login import current_user, login_required

from .models import db, Ticket, Comment

bp = Blueprint("tickets", __name__)


def _own_ticket(ticket_id):
    ticket = Ticket.query.filter_by(id=ticket_id, requester_id=current_user.id).first()
    if ticket is None:
        abort(404)
    return ticket


@bp.get("/")
@login_required
def my_tickets():
    tickets = Ticket.query.filter_by(requester_id=current_user.id).order_by(Ticket.created.desc())
    return jsonify([t.summary() for t in tickets])


@bp.get("/<int:ticket_id>")
@login_required
def show_ticket(ticket_id):
    return jsonify(_own_ticket(ticket_id).detail())


@bp.get("/<int:ticket_id>/attachments/<int:attachment_id>")
@login_required
def attachment(ticket_id, attachment_id):
    ticket = Ticket.query.get_or_404(ticket_id)
    found = next((a for a in ticket.attachments if a.id == attachment_id), None)
    if found is None:
        abort(404)
    return jsonify(found.meta())


@bp.post("/<int:ticket_id>/comments")
@login_required
def add_comment(ticket_id):
    ticket = _own_ticket(ticket_id)
    body = (request.get_json() or {}).get("body", "").strip()
    if not body:
        abort(400)
    comment = Comment(ticket=ticket, author_id=current_user.id, body=body)
    db.session.add(comment)
    db.session.commit()
    return jsonify(comment.detail()), 201


@bp.delete("/comments/<int:comment_id>")
@login_required
def delete_comment(comment_id):
    comment = Comment.query.get_or_404(comment_id)
    db.session.delete(comment)
    db.session.commit()
    return "", 204


@bp.get("/health")
def health():
    return {"ok": True}
