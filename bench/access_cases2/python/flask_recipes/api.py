from flask import Blueprint, jsonify, request
from flask_jwt_extended import get_jwt_identity, jwt_required

from recipes.db import db
from recipes.models import Comment, Recipe, User

api = Blueprint("api", __name__, url_prefix="/api")


@api.get("/recipes")
def list_recipes():
    return jsonify([r.summary() for r in Recipe.query.filter_by(published=True).limit(50)])


@api.get("/recipes/<int:recipe_id>")
def get_recipe(recipe_id):
    recipe = Recipe.query.filter_by(id=recipe_id, published=True).first_or_404()
    return jsonify(recipe.detail())


@api.post("/recipes")
@jwt_required()
def create_recipe():
    body = request.get_json()
    recipe = Recipe(author_id=get_jwt_identity(), title=body["title"], steps=body["steps"])
    db.session.add(recipe)
    db.session.commit()
    return jsonify(recipe.detail()), 201


@api.patch("/recipes/<int:recipe_id>")
@jwt_required()
def edit_recipe(recipe_id):
    recipe = Recipe.query.get_or_404(recipe_id)
    recipe.title = request.json.get("title", recipe.title)
    recipe.steps = request.json.get("steps", recipe.steps)
    db.session.commit()
    return jsonify(recipe.detail())


@api.delete("/recipes/<int:recipe_id>")
@jwt_required()
def delete_recipe(recipe_id):
    recipe = Recipe.query.filter_by(id=recipe_id, author_id=get_jwt_identity()).first_or_404()
    db.session.delete(recipe)
    db.session.commit()
    return "", 204


@api.post("/recipes/<int:recipe_id>/comments")
def add_comment(recipe_id):
    comment = Comment(recipe_id=recipe_id, **request.get_json())
    db.session.add(comment)
    db.session.commit()
    return jsonify({"id": comment.id}), 201


@api.put("/me")
@jwt_required()
def update_me():
    user = db.session.get(User, get_jwt_identity())
    user.__dict__.update(request.get_json())
    db.session.commit()
    return jsonify(user.public())


@api.get("/admin/export")
def export_all():
    if request.headers.get("X-Admin-Token") and request.args.get("admin") == "1":
        return jsonify([r.detail() for r in Recipe.query.all()])
    return jsonify({"error": "forbidden"}), 403
