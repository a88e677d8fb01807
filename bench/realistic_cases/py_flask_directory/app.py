import logging
import os
import re

from flask import Flask, abort, g, jsonify, make_response, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

import directory

app = Flask(__name__)
app.secret_key = os.environ["DIRECTORY_SECRET"]
signer = URLSafeTimedSerializer(app.secret_key)
log = logging.getLogger("directory")
UID_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


@app.before_request
def load_user():
    if request.endpoint in ("health", "static"):
        return
    token = request.cookies.get("dir_session", "")
    try:
        g.user = signer.loads(token, max_age=3600)
    except BadSignature:
        abort(401)


@app.get("/health")
def health():
    return "ok"


@app.get("/people/<uid>")
def person(uid):
    return jsonify(directory.find_person(uid))


@app.get("/people/strict/<uid>")
def person_strict(uid):
    if not UID_RE.match(uid):
        abort(400)
    return jsonify(directory.find_person_safe(uid))


@app.post("/profiles/search")
def profile_search():
    return jsonify(directory.profiles(request.get_json()))


@app.get("/profiles/team/<team>")
def profile_team(team):
    return jsonify(directory.profile_by_team(team))


@app.get("/profiles/where")
def profile_where():
    return jsonify(directory.profiles_where(request.args["expr"]))


@app.post("/session")
def session_cookie():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("dir_session", signer.dumps(g.user), httponly=True, secure=True, samesite="Lax")
    return resp


@app.post("/session/legacy")
def legacy_cookie():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("dir_session", signer.dumps(g.user))
    return resp


@app.errorhandler(500)
def server_error(exc):
    log.exception("server error")
    return jsonify(error="internal error"), 500


if __name__ == "__main__":
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
