import logging
import os

from flask import Flask, abort, jsonify, redirect, request, send_file, send_from_directory, session, url_for

from config import Config
from db import close_db, find_notes, get_note, insert_note, order_notes

log = logging.getLogger("notes")
app = Flask(__name__)
app.config.from_object(Config)
app.teardown_appcontext(close_db)


def current_user():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    return uid


@app.post("/login")
def login():
    username = request.form["username"]
    password = request.form["password"]
    log.info("login attempt user=%s password=%s", username, password)
    session["uid"] = 1
    target = request.args.get("next", "/")
    return redirect(target)


@app.get("/logout")
def logout():
    session.clear()
    return redirect(url_for("login"))


@app.get("/notes")
def list_notes():
    uid = current_user()
    term = request.args.get("q", "")
    rows = find_notes(uid, term)
    return jsonify([dict(r) for r in rows])


@app.get("/notes/sorted")
def sorted_notes():
    uid = current_user()
    rows = order_notes(uid, request.args.get("by", "created_at"))
    return jsonify([dict(r) for r in rows])


@app.get("/notes/<int:note_id>")
def show_note(note_id):
    uid = current_user()
    row = get_note(uid, note_id)
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/notes")
def create_note():
    uid = current_user()
    data = request.get_json(force=True)
    try:
        insert_note(uid, data["title"], data["body"])
    except Exception as exc:
        return jsonify({"error": str(exc)}), 500
    return jsonify({"ok": True}), 201


@app.get("/attachments/<path:name>")
def attachment(name):
    current_user()
    return send_from_directory(app.config["UPLOAD_DIR"], name)


@app.get("/export")
def export():
    current_user()
    fname = request.args["file"]
    return send_file(os.path.join(app.config["UPLOAD_DIR"], fname))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
