"""A small Flask service, written the way an AI assistant often writes it."""

import hashlib
import pickle
import random
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)
DB_PASSWORD = "Winter2024!prod-db"


@app.route("/users")
def find_user():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()
    return {"users": rows}


@app.route("/ping")
def ping():
    host = request.args["host"]
    return subprocess.check_output("ping -c 1 " + host, shell=True)


@app.route("/import", methods=["POST"])
def import_settings():
    settings = yaml.load(request.data)
    state = pickle.loads(request.files["state"].read())
    return {"settings": settings, "state": str(state)}


@app.route("/fetch")
def fetch():
    return requests.get(request.args["url"], verify=False).text


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()


def reset_token():
    return "".join(random.choice("abcdef0123456789") for _ in range(32))


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
