from functools import wraps

from flask import Flask, abort, g, jsonify, request, session

from wiki.store import Page, Revision, User, db

app = Flask(__name__)


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "uid" not in session:
            abort(401)
        g.user = db.session.get(User, session["uid"])
        return view(*args, **kwargs)
    return wrapped


@app.post("/login")
def login():
    user = User.query.filter_by(name=request.form["name"]).first()
    if user is None or not user.verify(request.form["password"]):
        abort(401)
    session["uid"] = user.id
    return jsonify({"ok": True})


@app.get("/pages/<slug>")
def page(slug):
    return jsonify(Page.query.filter_by(slug=slug).first_or_404().render())


@app.post("/pages")
@login_required
def create_page():
    page = Page(author_id=g.user.id, slug=request.json["slug"], body=request.json["body"])
    db.session.add(page)
    db.session.commit()
    return jsonify({"slug": page.slug}), 201


@app.post("/pages/<slug>/revert/<int:revision_id>")
@login_required
def revert(slug, revision_id):
    revision = Revision.query.get_or_404(revision_id)
    page = Page.query.filter_by(slug=slug).first_or_404()
    page.body = revision.body
    db.session.commit()
    return jsonify({"ok": True})


@app.delete("/pages/<slug>")
def delete_page(slug):
    Page.query.filter_by(slug=slug).delete()
    db.session.commit()
    return "", 204


@app.get("/drafts/<int:draft_id>")
@login_required
def draft(draft_id):
    found = Revision.query.filter_by(id=draft_id, draft=True).first_or_404()
    return jsonify(found.to_dict())


@app.get("/admin/users")
@login_required
def users():
    if request.args.get("as") == "admin":
        return jsonify([u.to_dict() for u in User.query.all()])
    abort(403)
