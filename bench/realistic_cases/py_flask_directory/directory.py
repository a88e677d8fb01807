import ldap3
from ldap3.utils.conv import escape_filter_chars
from pymongo import MongoClient

LDAP_URL = "ldaps://ldap.corp.example"
BASE_DN = "ou=people,dc=corp,dc=example"
mongo = MongoClient("mongodb://localhost:27017")["directory"]


def _conn() -> ldap3.Connection:
    return ldap3.Connection(ldap3.Server(LDAP_URL, use_ssl=True), auto_bind=True)


def find_person(uid: str) -> list:
    conn = _conn()
    conn.search(BASE_DN, f"(uid={uid})", attributes=["cn", "mail"])
    return [e.entry_to_json() for e in conn.entries]


def find_person_safe(uid: str) -> list:
    conn = _conn()
    conn.search(BASE_DN, f"(uid={escape_filter_chars(uid)})", attributes=["cn", "mail"])
    return [e.entry_to_json() for e in conn.entries]


def profiles(query: dict) -> list:
    return list(mongo.profiles.find(query, {"_id": 0}).limit(50))


def profile_by_team(team: str) -> list:
    return list(mongo.profiles.find({"team": str(team)}, {"_id": 0}).limit(50))


def profiles_where(expr: str) -> list:
    return list(mongo.profiles.find({"$where": expr}).limit(50))
