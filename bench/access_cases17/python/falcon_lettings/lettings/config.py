import os

JWT_SECRET = os.environ["REPAIRS_JWT_SECRET"]
LEASE_DIR = os.environ.get("LEASE_DIR", "/srv/lettings/leases")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/srv/lettings/public-photos")
