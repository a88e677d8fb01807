"""Journal web app: server-rendered pages on a cookie session (hand-written CSRF tokens), a JSON
API for the apps on bearer tokens, and the GraphQL endpoint."""

import hmac
import os
import secrets

from flask import Flask, abort, g, jsonify, redirect, render_template, request, session
from graphql_server.flask import GraphQLView

from .models import Entry, User, db
from .schema import schema
from .tokens import device_owner, get_user_from_token, parse_mobile_token, read_claims

app = Flask(__name__)
app.secret_key = os.environ["JOURNAL_SESSION_KEY"]
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db.init_app(app)


@app.before_request
def attach_user():
    g.user = None
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        claims = read_claims(auth.removeprefix("Bearer "))
        g.user = User.query.get(int(claims["sub"]))
    elif "user_id" in session:
        g.user = User.query.get(session["user_id"])
    request.user = g.user


def csrf_token() -> str:
    if "csrf_token" not in session:
        session["csrf_token"] = secrets.token_urlsafe(32)
    return session["csrf_token"]


app.jinja_env.globals["csrf_token"] = csrf_token

app.add_url_rule("/graphql", view_func=GraphQLView.as_view("graphql", schema=schema))


@app.get("/api/entries")
def api_entries():
    caller = get_user_from_token(request.headers["Authorization"].removeprefix("Bearer "))
    rows = Entry.query.filter_by(author_id=caller["id"]).all()
    return jsonify([{"id": e.id, "title": e.title} for e in rows])


@app.post("/api/mobile/entries")
def mobile_new_entry():
    claims = parse_mobile_token(request.headers["Authorization"].removeprefix("Bearer "))
    if claims is None:
        abort(401)
    entry = Entry(author_id=int(claims["sub"]), title=request.json["title"], body=request.json["body"])
    db.session.add(entry)
    db.session.commit()
    return jsonify({"id": entry.id}), 201


@app.get("/api/device/entries")
def device_entries():
    owner = device_owner(request.headers["X-Device-Token"])
    rows = Entry.query.filter_by(author_id=owner).all()
    return jsonify([{"id": e.id, "title": e.title, "body": e.body} for e in rows])


@app.post("/settings/email")
def change_email():
    if "user_id" not in session:
        return redirect("/login")
    token = request.form.get("csrf_token")
    if token and token != session.get("csrf_token"):
        abort(403)
    user = User.query.get(session["user_id"])
    user.email = request.form["email"]
    db.session.commit()
    return redirect("/settings")


@app.post("/settings/name")
def change_name():
    if "user_id" not in session:
        return redirect("/login")
    sent = request.form.get("csrf_token", "")
    if not hmac.compare_digest(sent, session.get("csrf_token", "")):
        abort(403)
    user = User.query.get(session["user_id"])
    user.display_name = request.form["display_name"][:120]
    db.session.commit()
    return redirect("/settings")


@app.post("/settings/delete-account")
def delete_account():
    if "user_id" not in session:
        return redirect("/login")
    if request.form.get("csrf_token") != session.get("csrf_token"):
        app.logger.warning("csrf token mismatch for user %s", session["user_id"])
    Entry.query.filter_by(author_id=session["user_id"]).delete()
    User.query.filter_by(id=session["user_id"]).delete()
    db.session.commit()
    session.clear()
    return redirect("/")


@app.route("/entries/<int:entry_id>/delete", methods=["GET", "POST"])
def delete_entry(entry_id):
    if "user_id" not in session:
        return redirect("/login")
    if request.method == "POST" and request.form.get("csrf_token") != session.get("csrf_token"):
        abort(403)
    Entry.query.filter_by(id=entry_id, author_id=session["user_id"]).delete()
    db.session.commit()
    return redirect("/entries")


@app.post("/entries/<int:entry_id>/publish")
def publish_entry(entry_id):
    if "user_id" not in session:
        return redirect("/login")
    if request.form.get("csrf_token") != session.get("csrf_token"):
        abort(403)
    entry = Entry.query.filter_by(id=entry_id, author_id=session["user_id"]).first_or_404()
    entry.private = False
    db.session.commit()
    return redirect(f"/entries/{entry.id}")


@app.get("/settings")
def settings_page():
    if "user_id" not in session:
        return redirect("/login")
    return render_template("settings.html", user=User.query.get(session["user_id"]))
