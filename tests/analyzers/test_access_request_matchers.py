"""Spring Boot request matchers read as paths, chain-scoped anyRequest(), and the identity
mechanisms of pass i24j (unverified claims used, forwarded keys, client switches)."""

from __future__ import annotations

from vigilint.analyzers.access.identity import trusted_reads
from vigilint.analyzers.access.java.routes import matchers
from vigilint.analyzers.access.javascript.reads import HOOKS as JS_HOOKS
from vigilint.analyzers.access.python.reads import HOOKS as PY_HOOKS
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for


def _ctx(path: str, language: str, text: str) -> FileContext:
    ctx = FileContext(path=path, language=language, text=text)
    ctx.tree = parser_for(language).parse(ctx.source)
    return ctx


_CHAINS = """
class Chains {
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(r -> r.anyRequest().hasRole("OPS"));
        return http.build();
    }
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(r -> r
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class, "info")).permitAll()
            .requestMatchers(new CustomMatcher()).hasRole("X")
            .anyRequest().authenticated());
        return http.build();
    }
}
"""


def test_endpoint_requests_and_scoped_chains_are_read_as_paths():
    found = [(m.patterns, m.rule) for m in matchers(_ctx("Chains.java", "java", _CHAINS))]
    assert found == [
        (("/actuator/**",), "hasRole"),
        (("/actuator/health", "/actuator/info"), "permitAll"),
        (("?",), "hasRole"),  # a matcher object we cannot read is not anyRequest()
        ((), "authenticated"),
    ]


def test_unverified_identity_claim_used_in_a_response_is_trusted_unless_verified_first():
    text = (
        "const jwt = require('jsonwebtoken');\n"
        "function me(req, res) {\n"
        "  const claims = jwt.decode(req.cookies.token);\n"
        "  res.json({ id: claims.sub });\n"
        "}\n"
        "function checked(req, res) {\n"
        "  jwt.verify(req.cookies.token, process.env.KEY, { algorithms: ['HS256'] });\n"
        "  const claims = jwt.decode(req.cookies.token);\n"
        "  res.json({ id: claims.sub });\n"
        "}\n"
    )
    trusts = trusted_reads(_ctx("me.js", "javascript", text), JS_HOOKS)
    assert [(t.read.part, t.how, t.use.start_point[0] + 1) for t in trusts
            if t.read.part == "unverified-token"] == [("unverified-token", "used", 4)]


def test_forwarded_address_as_rate_limit_key_and_through_a_compared_helper():
    text = (
        "from flask import request, abort\n"
        "from flask_limiter import Limiter\n"
        "limiter = Limiter(key_func=lambda: request.headers.get('X-Real-IP'))\n"
        "def client_ip():\n"
        "    return request.headers.get('X-Forwarded-For', request.remote_addr)\n"
        "def via():\n"
        "    return request.headers.get('X-Forwarded-For', '')\n"
        "def hook():\n"
        "    if client_ip() not in ALLOWED:\n"
        "        abort(403)\n"
    )
    trusts = trusted_reads(_ctx("app.py", "python", text), PY_HOOKS)
    assert [(t.how, t.read.node.start_point[0] + 1) for t in trusts] == [
        ("rate-key", 3), ("address", 5)]


def test_client_switch_that_lets_a_request_through_a_guard():
    text = (
        "function desk(req, res, next) {\n"
        "  if (req.get('x-desk') === 'true') { return next(); }\n"
        "  res.status(403).end();\n"
        "}\n"
        "function theme(req, res, next) {\n"
        "  if (req.cookies.dark === 'true') { res.locals.theme = 'dark'; }\n"
        "  next();\n"
        "}\n"
    )
    trusts = trusted_reads(_ctx("mw.js", "javascript", text), JS_HOOKS)
    assert [(t.key, t.how) for t in trusts] == [("x-desk", "condition")]
