import os

from flask import Flask, Response, abort, jsonify, render_template, render_template_string, request
from flask_httpauth import HTTPTokenAuth

import storage
import tasks

app = Flask(__name__)
auth = HTTPTokenAuth(scheme="Bearer")
TOKENS = {os.environ.get("REPORTS_TOKEN", ""): "ops"}


@auth.verify_token
def verify(token):
    return TOKENS.get(token) if token else None


@app.get("/reports/<name>")
@auth.login_required
def get_report(name):
    try:
        return Response(storage.read_report(name), mimetype="application/octet-stream")
    except PermissionError:
        abort(403)


@app.get("/reports/<name>/raw")
@auth.login_required
def get_raw(name):
    return Response(storage.read_raw(name), mimetype="text/plain")


@app.post("/reports/<name>/compress")
@auth.login_required
def compress(name):
    if request.args.get("quoted"):
        tasks.compress_quoted(name)
    else:
        tasks.compress(name)
    return jsonify(ok=True)


@app.post("/charts")
@auth.login_required
def chart():
    body = request.get_json()
    png = tasks.render_chart(body["spec"], body.get("format", "png"))
    return Response(png, mimetype="image/png")


@app.post("/reports/<name>/share")
@auth.login_required
def share(name):
    body = request.get_json()
    tasks.notify(body["webhook"], {"report": name}, request.headers.get("Authorization", ""))
    tasks.notify_ops({"shared": name})
    return jsonify(ok=True)


@app.get("/usage")
def usage():
    return jsonify(usage=tasks.disk_usage())


@app.get("/preview")
@auth.login_required
def preview():
    title = request.args.get("title", "Report")
    return render_template_string("<h1>" + title + "</h1>{{ body }}", body="...")


@app.get("/summary")
@auth.login_required
def summary():
    title = request.args.get("title", "Report")
    return render_template("summary.html", title=title)


if __name__ == "__main__":
    app.run(port=8080)
