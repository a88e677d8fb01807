import logging
import os
import uuid

import boto3
from flask import Flask, abort, jsonify, request
from flask_login import LoginManager, current_user, login_required
from werkzeug.utils import secure_filename

import processing
import settings

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = settings.MAX_UPLOAD
login_manager = LoginManager(app)
s3 = boto3.client(
    "s3",
    region_name=settings.AWS_REGION,
    aws_access_key_id=settings.AWS_ACCESS_KEY_ID,
    aws_secret_access_key=settings.AWS_SECRET_ACCESS_KEY,
)
log = logging.getLogger(__name__)


@app.post("/bundles")
@login_required
def upload_bundle():
    f = request.files["bundle"]
    dest = os.path.join(settings.WORK_DIR, str(uuid.uuid4()))
    names = processing.unpack_bundle(f.read(), dest)
    return jsonify(files=names)


@app.post("/bundles/checked")
@login_required
def upload_bundle_checked():
    f = request.files["bundle"]
    dest = os.path.join(settings.WORK_DIR, str(uuid.uuid4()))
    return jsonify(files=processing.unpack_bundle_checked(f.read(), dest))


@app.post("/zips")
@login_required
def upload_zip():
    dest = os.path.join(settings.WORK_DIR, str(uuid.uuid4()))
    return jsonify(files=processing.unpack_zip(request.files["zip"].read(), dest))


@app.post("/metadata")
@login_required
def metadata():
    if request.args.get("strict"):
        return jsonify(processing.parse_metadata_safe(request.data))
    return jsonify(processing.parse_metadata(request.data))


@app.post("/files")
@login_required
def put_file():
    f = request.files["file"]
    name = secure_filename(f.filename or "upload.bin")
    f.save(os.path.join(settings.WORK_DIR, name))
    s3.upload_file(os.path.join(settings.WORK_DIR, name), settings.BUCKET, f"{current_user.id}/{name}")
    return jsonify(name=name), 201


@app.post("/files/raw")
@login_required
def put_raw():
    name = request.headers["X-File-Name"]
    with open(processing.scratch_file(name), "wb") as out:
        out.write(request.get_data())
    return jsonify(name=name), 201


@app.post("/files/<name>/publish")
@login_required
def publish(name):
    s3.put_object_acl(Bucket=settings.BUCKET, Key=f"{current_user.id}/{name}", ACL="public-read")
    return jsonify(ok=True)


@app.get("/files/<name>/link")
@login_required
def link(name):
    url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": settings.BUCKET, "Key": f"{current_user.id}/{name}"}, ExpiresIn=300
    )
    return jsonify(url=url)
