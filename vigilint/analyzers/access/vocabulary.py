"""Language-neutral words of access control: which paths and handler names are public by
design, which are administrative or destructive, which request keys name an identity, which
record fields tie a record to its owner. Matching is on normalised names: lower case, without
`-`, `_`, `.` (`X-User-Role`, `x_user_role` and `xUserRole` all read `xuserrole`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from vigilint import lazyre

_NORMALIZE = lazyre.compile(r"[-_.\s]")


def normalize(name: str) -> str:
    return _NORMALIZE.sub("", name).lower()


# Paths and handler names that are public by design: any segment (`/api/auth/login`), or
# the whole path (`/status`, `/docs`).
_PUBLIC = lazyre.compile(
    r"(^|[/_.-])(log-?in|sign-?in|log-?out|sign-?out|sign-?up|register|registration|"
    r"forgot(-?password)?|(request-?)?password-?reset|reset-?password|password-?forgot|"
    r"(confirm|verify)-?email|email-?(confirm|verif\w*)|activate-?account|"
    r"oauth2?|callback|sso|saml|openid|\.well-known|refresh-?token|"
    r"health|healthz|healthcheck|ping|ready|readyz|live|livez|alive|"
    r"static|assets|public|favicon(\.ico)?|robots(\.txt)?|sitemap(\.xml)?|"
    r"csp-report|contact|subscribe|newsletter|feedback|csrf(-?token)?|about|terms|privacy|"
    r"faq|help|pricing|legal)([/_.-]|$)",
    re.IGNORECASE)
_PUBLIC_WHOLE = lazyre.compile(
    r"^/?((api/)?(v\d+/)?(status|version|info|docs|openapi(\.json)?|swagger(-ui)?|redoc|"
    r"about|terms|privacy|token|auth/token|oauth/token|metrics)|)/?$", re.IGNORECASE)
_PUBLIC_ROOT_NAMES = lazyre.compile(r"^(index|home|landing|root|main|welcome)$", re.IGNORECASE)


def public_by_design(path: str, name: str) -> bool:
    """Login, signup, password reset, health, static assets, docs, the site's root page."""
    stripped = path.strip()
    if stripped and _PUBLIC_WHOLE.match(stripped) and stripped not in ("/", ""):
        return True
    if stripped in ("/", "") and _PUBLIC_ROOT_NAMES.match(name or ""):
        return True
    if _SELF_SERVICE.search(stripped) and not _PATH_PARAM.search(stripped):
        return True  # `/join`, `/auth/create-account`, but not `/teams/{id}/join`
    if _CAPABILITY.search(stripped):
        return True  # `/invites/:token/accept`: the token in the link is the credential
    if not stripped and _SELF_SERVICE_NAME.match(_snake(name)):
        return True
    return bool(_PUBLIC.search(stripped)) or bool(_PUBLIC.search(_snake(name)))


# Self-service entry points a visitor uses before having an account: public by design when
# the path names no record (`/join`, not `/clubs/{id}/join`).
_SELF_SERVICE = lazyre.compile(r"(^|/)(join|create-?account|get-?started|request-?access|"
                               r"waitlist|wait-list|accept-?invit\w*|invitations?/accept|"
                               r"unsubscribe|magic-?link|verify-?otp|resend-?verification)/?$",
                               re.IGNORECASE)
_SELF_SERVICE_NAME = lazyre.compile(r"^(join|create_account|get_started|request_access|"
                                    r"join_waitlist|accept_invit\w*|unsubscribe)$",
                                    re.IGNORECASE)
# The stem starts a word or a camel-case part (`passwordReset`), and the word runs to one
# optional separated part: a stem inside a long word is not tried at every letter (that was
# cubic on a run of the stem).
_CAPABILITY = lazyre.compile(
    r"(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))"
    r"(?i:invit|reset|verify|verification|confirm|activate|activation|magic|unsubscribe)"
    r"(?i:[a-z0-9]*(?:[/_-][a-z0-9_]+)?)/[{<:]\s*(?:\w+:)?\w*?(?i:token|code|key|signature|sig)",
    0)
_PATH_PARAM = lazyre.compile(r"[{<:]|\$\{")


_WEBHOOK = lazyre.compile(r"webhook|callback|(^|[/_-])hooks?([/_-]|$)|notify|ipn", re.IGNORECASE)


def webhook(path: str, name: str) -> bool:
    return bool(_WEBHOOK.search(path) or _WEBHOOK.search(name))


def _snake(name: str) -> str:
    """`deletePost` -> `delete_post`: camel case split for the word patterns."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)


# Administrative, destructive or operational work, whatever the method.
_SENSITIVE = lazyre.compile(
    r"(^|[/_.:{-])(admin|administration|manage|management|staff|superuser|internal|ops|"
    r"debug|shutdown|restart|reboot|reset-?(db|database)|drop|purge|flush|wipe|truncate|"
    r"migrate|migrations|reindex|backup|restore|dump|export|bulk|impersonate|sudo|"
    r"promote|grant|roles?|permissions?|config|configuration|env|secrets?|"
    r"audit|exec|execute|eval|shell|console|sql|actuator|heapdump|cron|"
    # a spreadsheet download of records (`/patrons.csv`): a bulk export
    r"csv|xlsx|xls|tsv)([/_.:}-]|$)",
    re.IGNORECASE)
# Data management that is sensitive when it changes something (`DELETE /users/{id}`).
_SENSITIVE_WRITES = lazyre.compile(
    r"(^|[/_.:{-])(users|accounts|members|import|jobs|tasks|cache|logs|settings|keys|"
    r"tokens|webhooks)([/_.:}-]|$)", re.IGNORECASE)
_DESTRUCTIVE_NAME = lazyre.compile(
    r"^(drop|purge|flush|wipe|truncate|reset_?(db|database|all|data)|delete_?all|ban|promote|"
    r"demote|grant|revoke|impersonate|export|dump|backup|restore|migrate|reindex|shutdown|"
    r"restart|seed|rebuild)", re.IGNORECASE)


def sensitive(path: str, name: str, write: bool = True) -> bool:
    """Administrative, destructive, bulk or operational routes (`write`: the route changes
    data, which makes user, job or cache management sensitive too)."""
    return bool(_SENSITIVE.search(path)) or bool(_SENSITIVE.search(_snake(name))) or \
        bool(_DESTRUCTIVE_NAME.match(_snake(name))) or (
            write and bool(_SENSITIVE_WRITES.search(path) or
                           _SENSITIVE_WRITES.search(_snake(name))))


_MUTATING_NAME = lazyre.compile(r"^(delete|remove|destroy|update|edit|create|add|new|save|upload|"
                            r"change|set|patch|put|post|cancel|approve|reject|transfer|pay|"
                            r"ban|promote|grant|revoke|reset|purge|import|archive|move)",
                            re.IGNORECASE)


def mutating_name(name: str) -> bool:
    return bool(_MUTATING_NAME.match(_snake(name).lstrip("_")))


# Request keys that name who the caller is or what they may do.
IDENTITY_KEYS = frozenset(normalize(k) for k in (
    "user_id", "userid", "uid", "user", "username", "user_name", "login", "account_id",
    "customer_id", "member_id", "partner_id", "tenant_id", "org_id", "organization_id",
    "owner_id", "employee_id", "patient_id", "client_id", "subject", "sub",
    "role", "roles", "user_role", "is_admin", "admin", "isadmin", "is_staff", "staff",
    "superuser", "is_superuser", "permission", "permissions", "perms", "scope", "scopes",
    "group", "groups", "level", "access_level", "auth", "authenticated", "is_authenticated",
    "logged_in", "is_logged_in", "loggedin", "internal", "is_internal", "editor",
    "is_editor", "moderator", "is_moderator", "plan", "tier", "subscription", "premium",
    "is_premium", "verified", "is_verified", "trusted", "privileged", "x_user", "x_role",
    "x_admin", "x_user_id", "x_user_role", "x_customer_id", "x_account_id", "x_partner_id",
    "x_tenant_id", "x_auth_user", "x_authenticated_user", "remote_user", "x_remote_user",
    "impersonate", "act_as", "as_user", "vip", "is_vip", "paid", "is_paid", "member",
    "is_member", "subscriber", "is_subscriber", "approved", "is_approved",
))
# Keys that are flags: their truth alone grants something.
FLAG_KEYS = frozenset(normalize(k) for k in (
    "is_admin", "admin", "isadmin", "is_staff", "staff", "superuser", "is_superuser",
    "authenticated", "is_authenticated", "logged_in", "is_logged_in", "loggedin", "internal",
    "is_internal", "editor", "is_editor", "moderator", "is_moderator", "premium", "is_premium",
    "verified", "is_verified", "trusted", "privileged", "x_admin", "vip", "is_vip", "paid",
    "is_paid", "is_member", "subscriber", "is_subscriber", "approved", "is_approved",
))
# Keys naming a person or account (their value chooses whose data is used).
SUBJECT_KEYS = frozenset(normalize(k) for k in (
    "user_id", "userid", "uid", "user", "account_id", "customer_id", "member_id", "partner_id",
    "tenant_id", "org_id", "organization_id", "owner_id", "employee_id", "patient_id",
    "subject", "sub", "x_user", "x_user_id", "x_customer_id", "x_account_id", "x_partner_id",
    "x_tenant_id", "x_auth_user", "x_authenticated_user", "remote_user", "x_remote_user",
    "impersonate", "act_as", "as_user", "active_patient", "active_account", "current_user",
))
_ACTIVE = lazyre.compile(r"^x?(active|current|selected|acting)(user|account|customer|patient|"
                     r"member|tenant|org|profile|agent|staff|employee|operator)")
# `X-Teacher-Id`, `employee_id`, `driverId`: the id of a person or an account.
_PERSON_ID = lazyre.compile(r"^x?(user|customer|account|member|teacher|student|employee|patient|"
                        r"partner|tenant|org|organization|client|owner|author|staff|agent|"
                        r"driver|seller|buyer|guest|manager|person|profile)(id|uid|number)$|"
                        # an account's name (`X-Account-Name`); a bare user name from a header
                        # is the authenticating proxy's REMOTE_USER convention, judged apart
                        r"^x?(customer|account|member|employee|patient|owner|author|agent|"
                        r"client)(name|login)$")
_ROLES = frozenset(normalize(k) for k in (
    "manager", "is_manager", "supervisor", "is_supervisor", "approver", "reviewer", "operator",
))


# an application's own header naming the caller or its role (`X-Desk-Role`, `X-Wiki-User`,
# `X-Inventory-Admin`); the forwarding headers an authenticating proxy sets are left out
# (`X-Wallet-Owner-Id`, `X-Shop-Customer-Id`: an application's prefix before a person's id)
_APP_PERSON = (r"(user|customer|account|member|employee|patient|partner|tenant|org|organization|"
               r"owner|author|staff|agent|seller|buyer|person|profile)(id|uid)")
_APP_HEADER = lazyre.compile(r"^x(?!forwarded)[a-z0-9]{2,30}(role|roles|admin|isadmin|user|userid|"
                         rf"username|{_APP_PERSON})$")
# a role under an application's or a scope's prefix (`acct_role`, `member_role`, `userRole`)
_PREFIXED_ROLE = lazyre.compile(r"^[a-z]{2,12}(role|roles)$")
_APP_HEADER_USER = lazyre.compile(rf"^x(?!forwarded)[a-z0-9]{{2,30}}(user|userid|username|"
                              rf"{_APP_PERSON})$")


# The people an application serves or employs, by role, across domains (`X-Courier-Id`,
# `kiosk_guardian_id`, `X-Technician-Id`): a cookie or header carrying one of their ids
# names the caller, whatever the application calls its users. Applied to cookies and
# headers only: a body or query value naming a person is often rightly chosen by the
# client (a receptionist picking a patient). Infrastructure ids (`X-Request-Id`,
# `X-Trace-Id`, `X-Device-Id`, `X-Build-Id`) name no person.
_PEOPLE = (
    r"user|customer|account|member|teacher|student|employee|patient|partner|tenant|owner|"
    r"author|staff|staffer|agent|driver|seller|buyer|guest|manager|person|profile|"
    r"instructor|trainee|tutor|pupil|learner|coach|athlete|player|guardian|caretaker|carer|"
    r"caregiver|nurse|doctor|physician|clinician|practitioner|therapist|dentist|vet|"
    r"pharmacist|technician|courier|rider|passenger|traveler|traveller|landlord|"
    r"lessee|renter|resident|occupant|homeowner|volunteer|donor|attendee|participant|"
    r"organizer|organiser|speaker|vendor|merchant|supplier|shopper|subscriber|"
    r"creator|artist|editor|reviewer|approver|operator|moderator|admin|"
    r"administrator|clerk|cashier|officer|inspector|auditor|warden|supervisor|mentor|"
    r"mentee|lecturer|professor|faculty|researcher|analyst|contractor|freelancer|"
    r"consultant|advisor|adviser|counselor|counsellor|dealer|borrower|lender|"
    r"investor|applicant|candidate|recruiter|grower|farmer|breeder|trainer|referee|"
    r"coordinator|dispatcher|pilot|mechanic|librarian|patron|uploader|requester|requestor|"
    r"submitter|actor|caller|viewer|associate|steward|chef|waiter|employer|landlady|"
    r"physio|surgeon|midwife|cleaner|janitor|guard|lawyer|attorney|accountant|client")
# an application's prefix (`kiosk_`, `x-shop-`) before the person and the id
_CLIENT_PERSON = lazyre.compile(rf"^[a-z0-9]{{0,16}}({_PEOPLE})(id|uid|number|no|badge)$")


# A role the list above lacks, by its agent-noun ending (`X-Fundraiser-Id`,
# `X-Landscaper-Id`), after an application's `x-` or word prefix; things and infrastructure
# named the same way are left out (`X-Order-Id`, `X-Container-Id`, `X-Event-Id`).
_AGENT_NOUN = lazyre.compile(r"^[a-z]{3,24}(er|or|ist|ian|ee|ant|ent)id$")
_THING_ENDINGS = (
    "order", "folder", "container", "cluster", "server", "provider", "tracker", "marker",
    "header", "trigger", "buffer", "layer", "router", "counter", "parameter", "filter",
    "printer", "scanner", "sensor", "connector", "processor", "monitor", "error", "event",
    "document", "payment", "content", "component", "experiment", "variant", "segment",
    "parent", "element", "environment", "deployment", "shipment", "attachment", "statement",
    "incident", "browser", "installer", "cursor", "locator", "identifier", "transfer",
    "register", "ledger", "number", "answer", "banner", "timer", "worker", "handler",
    "controller", "listener", "master", "adapter", "center", "centre", "meter", "ticker",
    "visitor", "vendor", "descriptor", "selector", "collector", "generator", "iterator",
    "calendar", "poster", "letter", "newsletter", "chapter", "cover", "spinner", "agent",
    "paper", "answer", "filter", "cipher", "wrapper", "poller", "scheduler", "dispatcher",
    "indicator", "operator", "vector", "sector", "factor", "reactor", "editor", "doctor",
    "resident", "student", "client", "tenant", "patient", "assignment", "appointment",
    "department", "equipment", "shipper", "carrier", "tier", "super", "user", "member",
    "partner", "player", "customer", "owner", "manager", "seller", "buyer", "driver",
    "teacher", "employee", "tutor", "trainee", "courier", "technician", "guardian",
    "consumer",  # an API gateway's authenticated consumer (Kong's `X-Consumer-ID`)
)


def client_person_key(key: str) -> bool:
    """A cookie or header key naming a person's id (`X-Courier-Id`, `kiosk_guardian_id`)."""
    k = normalize(key)
    if _CLIENT_PERSON.match(k):
        return True
    if not _AGENT_NOUN.match(k):
        return False
    word = k[:-2]
    # a thing named like an agent (`x-order-id`): only the listed people pass above
    return not word.endswith(_THING_ENDINGS)


def identity_key(key: str) -> bool:
    """A request key that names who the caller is or what they may do."""
    k = normalize(key)
    if _PERSON_ID.match(k) or k in _ROLES or (k.startswith("x") and k[1:] in _ROLES) or \
            _APP_HEADER.match(k) or _PREFIXED_ROLE.match(k):
        return True
    if k.startswith("x") and k[1:] in IDENTITY_KEYS:
        return True
    if k.startswith("http") and normalize(k[4:]) in IDENTITY_KEYS:  # Django META names
        return True
    return k in IDENTITY_KEYS or bool(_ACTIVE.match(k))


def flag_key(key: str) -> bool:
    k = normalize(key)
    return k in FLAG_KEYS or (k.startswith("x") and k[1:] in FLAG_KEYS)


def subject_key(key: str) -> bool:
    k = normalize(key)
    return k in SUBJECT_KEYS or bool(_PERSON_ID.match(k)) or bool(_APP_HEADER_USER.match(k)) or \
        (k.startswith("x") and k[1:] in SUBJECT_KEYS) or \
        (k.startswith("http") and normalize(k[4:]) in SUBJECT_KEYS) or bool(_ACTIVE.match(k))


# Claims of a token that say nothing about who the caller is.
TOKEN_HOUSEKEEPING = frozenset({"exp", "iat", "nbf", "iss", "aud", "jti", "typ", "alg", "kid"})

FORWARDED_HEADERS = frozenset(normalize(h) for h in (
    "X-Forwarded-For", "X-Real-IP", "Forwarded", "X-Client-IP", "CF-Connecting-IP",
    "True-Client-IP", "X-Cluster-Client-IP", "X-Original-Forwarded-For", "Fastly-Client-IP",
    "HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_FORWARDED", "HTTP_X_CLIENT_IP",
    "HTTP_CF_CONNECTING_IP", "HTTP_TRUE_CLIENT_IP", "Client-IP", "HTTP_CLIENT_IP",
    "X-Remote-Addr", "X-Remote-IP", "X-Originating-IP", "Proxy-Client-IP", "WL-Proxy-Client-IP",
    "HTTP_X_REMOTE_ADDR", "HTTP_X_ORIGINATING_IP",
))


def forwarded_header(key: str) -> bool:
    return normalize(key) in FORWARDED_HEADERS


# Record fields that tie a record to its owner (an ownership filter names one of them).
_OWNER_FIELD = lazyre.compile(
    r"(^|[._\s\"'`(=])(owner|owner_?id|user|user_?id|author|author_?id|created_?by|"
    r"creator|customer|customer_?id|account|account_?id|tenant|tenant_?id|org|org_?id|"
    r"organization|organization_?id|team_?id|patient|member_?id|uploaded_?by|"
    r"posted_?by|sender|recipient|assignee|buyer|seller|partner|employee)"
    r"($|[._\s\"'`=!<>)]|__)", re.IGNORECASE)


def owner_field(text: str) -> bool:
    return bool(_OWNER_FIELD.search(text))


# Records that belong to one person (a lookup of one by a request id needs an owner check).
_PERSONAL = lazyre.compile(
    r"(order|invoice|payment|receipt|note|message|document|doc|file|upload|attachment|"
    r"account|wallet|transfer|transaction|card|address|profile|ticket|appointment|"
    r"prescription|record|result|report|booking|reservation|subscription|cart|basket|"
    r"conversation|chat|inbox|draft|statement|bill|claim|contract|application|"
    r"submission|photo|album|contact|project|workspace|secret|token|key|credential|"
    r"session|device|member|patient|employee|customer|user|loan|payslip|timesheet|"
    r"enrollment|enrolment|shipment|expense|visit|consultation|diagnosis|lease)s?$",
    re.IGNORECASE)


def personal_model(name: str) -> bool:
    return bool(name) and bool(_PERSONAL.search(name.rsplit(".", 1)[-1]))


# Calls that check the caller's right to an object (policy objects, ACLs, authorizers).
_POLICY = lazyre.compile(
    r"^(authori[sz]e\w*|can\w*|cannot|check_?(object_?)?permissions?|has_?(object_?)?"
    r"perm(ission)?s?|ensure_?(owner|access|can)\w*|assert_?(owner|access|can)\w*|"
    r"verify_?(owner|access)\w*|require_?(owner|access|permission)\w*|is_?owner\w*|"
    r"owns|owned_?by|permit\w*|allowed?_?to|enforce|check_?access|check_?owner\w*|"
    r"may_?\w+|policy|get_objects_for_user|user_can\w*|isOwner\w*|canAccess\w*|"
    r"checkOwnership|verifyOwnership|assertOwnership)$", re.IGNORECASE)


def policy_call(name: str) -> bool:
    return bool(_POLICY.match(name.rsplit(".", 1)[-1]))


# Query helpers that scope records to the caller.
# Guards written by the application itself, by name (`requireAuth`, `login_required`).
_GUARD_NAME = lazyre.compile(
    r"(auth(enticat|ori[sz])?|login|logged|signed_?in|jwt|token|bearer|api_?key|_required$|"
    r"^(get_?)?current_?[a-z]+$|^(get)?Current[A-Z]\w*$|"
    r"Required$|"
    r"protect|guard|permission|perm|role|admin|staff|superuser|acl|rbac|ensure_?user|"
    r"deny_?all|^deny$|forbid|reject_?all|block_?all|"
    r"require_?user|current_?user|verify|passport|clerk|firebase|keycloak|cognito|okta|"
    r"auth0|must_?be|only_?(admin|staff|owner|members?)|is_?(admin|staff|owner|member|"
    r"user)|restrict|private|secure|^requires?_(?!(post|get|put|patch|delete|http|safe|json|"
    r"params|fields|body|args)\b)\w+)", re.IGNORECASE)
_NOT_GUARD = lazyre.compile(r"(^|_)(cors|log(ger|ging)?|limit(er)?|rate|cache|compress|helmet|"
                        r"json|body|parser|static|morgan|timeout|metrics|trace|tracing|"
                        r"recover(y)?|gzip|csrf|public|optional|maybe|anonymous|"
                        r"get_?db|db|session_?(local|maker|scope)|initiali[sz]e|"
                        r"passport_session)($|_|\()", re.IGNORECASE)


def guard_name(name: str) -> bool:
    """A name that says it checks the caller (an app's own middleware or decorator)."""
    snake = _snake(name).replace(".", "_")
    if "not_required" in snake.lower() or "login_exempt" in snake.lower():
        return False  # Django's `login_not_required` marks a view public
    return bool(_GUARD_NAME.search(snake)) and not _NOT_GUARD.search(snake)


# Modules an app keeps its authentication and authorization in (`./middleware/auth`,
# `app.security`, `.permissions`, `../guards/access`).
_GUARD_MODULE = lazyre.compile(r"^(auth\w*|\w+_auth|security|permissions?|access(_?control)?|"
                               r"guards?|acl|rbac|authz|policy|policies|iam|identity|login|"
                               r"sessions?)$", re.IGNORECASE)


def guard_module(qualified: str) -> bool:
    """`qualified` (`app.auth.team_member`, `src.middleware.access.onlyMembers`) is a name
    imported from such a module: used as a decorator or middleware, it is the app's guard,
    whatever it is called."""
    parts = qualified.replace("/", ".").split(".")[:-1]
    return any(_GUARD_MODULE.match(p) for p in parts) and not utility_name(
        qualified.rsplit(".", 1)[-1])


def utility_name(name: str) -> bool:
    """A middleware or decorator named for something other than the caller (CORS, logging,
    rate limits, compression, body parsing, database sessions)."""
    return bool(_NOT_GUARD.search(_snake(name).replace(".", "_")))


_ROLE_NAME = lazyre.compile(r"(admin|staff|superuser|role|permission|perm|rbac|acl|owner|"
                        r"manager|moderator|privileg|scope)", re.IGNORECASE)


def role_name(name: str) -> bool:
    return bool(_ROLE_NAME.search(name)) or privileged(name) or bool(required_group(name))


# A guard named for the group of callers it requires, whatever the group is called
# (`require_committee`, `requireTreasurer`, `committee_required`, `stewardOnly`, DRF
# `IsTeacher`, `must_be_coach`)
_REQUIRED_GROUP = lazyre.compile(
    r"^(?:requires?|only|must_?be|is|has)_([a-z]+(?:_[a-z]+)?)$|^([a-z]+)_(?:required|only)$")
# what a guard requires that is no group of callers: being signed in, a valid request
_NOT_A_GROUP = frozenset({
    "login", "logged_in", "log_in", "auth", "authenticated", "authentication", "authorized",
    "user", "users", "session", "token", "jwt", "signin", "signed_in", "sign_in", "api_key",
    "apikey", "key", "verified", "csrf", "https", "ssl", "json", "params", "fields", "body",
    "args", "get", "post", "put", "patch", "delete", "http", "safe", "active", "valid",
    "fresh", "fresh_login", "recent_login", "mfa", "two_factor", "otp", "confirmed", "human",
    "captcha", "post_method", "ajax", "xhr", "secure", "local", "localhost", "permission",
    "permissions", "role", "roles", "scope", "scopes", "account", "identity", "principal",
    "bearer", "basic", "signature", "signed", "webhook", "owner", "self", "same_user",
    "object_owner", "authenticated_or_read_only", "read_only"})


# roles every ordinary account holds: a check for them still leaves each caller their own
# records only
ORDINARY_ROLES = frozenset({
    "user", "users", "customer", "customers", "member", "members", "client", "clients",
    "patient", "patients", "student", "students", "learner", "guest", "buyer", "shopper",
    "subscriber", "reader", "viewer", "visitor", "authenticated", "verified", "basic", "free",
    "premium", "pro", "self", "owner", "account", "rider", "passenger", "tenant", "applicant",
    "employee", "default", "registered", "active"})
_NAME_PART = lazyre.compile(r"[A-Za-z_]\w*")


def required_group(name: str) -> str:
    """The group of callers, beyond an ordinary account, that a guard's name requires
    (`committee` of `Depends(require_committee)`, `teacher` of `IsTeacher`), "" when it
    requires none (`login_required`, `requireRider`)."""
    for part in _NAME_PART.findall(name[:200]):
        match = _REQUIRED_GROUP.match(_snake(part).lower())
        if match is None:
            continue
        noun = match.group(1) or match.group(2) or ""
        if noun not in _NOT_A_GROUP and noun not in ORDINARY_ROLES and \
                noun.removesuffix("s") not in ORDINARY_ROLES:
            return noun
    return ""


_PRIVILEGED = lazyre.compile(r"(admin|staff|superuser|root|ops|operator|manage|moderat|support|"
                         r"internal|agent|clerk|pharmacist|auditor|editor|librarian|"
                         r"(add|change|delete|view)_\w+|\.(add|change|delete|view)_|perm|"
                         r"authorit|scope)", re.IGNORECASE)


# Accessors an application writes for its verified caller, by the usual names
# (`currentClaims(c)`, `currentUser(ctx)`, `userFrom(r)`, `claimsFromContext(ctx)`): the values
# its authentication middleware stored, never a request part.
_CALLER_NOUNS = (r"[Uu]ser|[Cc]laims|[Pp]rincipal|[Cc]aller|[Aa]ccount|[Ii]dentity|[Ss]ubject|"
                 r"[Mm]ember|[Cc]ustomer|[Tt]enant|[Oo]rg|[Ee]mployee|[Ss]taff|[Aa]ctor|"
                 r"[Pp]rofile|[Ss]ession|[Aa]uth")
_CALLER_ACCESSOR = lazyre.compile(
    rf"(?<![\w$.])((?:current|Current)_?(?:{_CALLER_NOUNS})\w*|\w*(?:{_CALLER_NOUNS})_?"
    r"(?:From|from)(?:_?(?:Context|Ctx|ctx|context|Request|request|Req|req))?)\s*\(")


def caller_accessors(text: str) -> list[str]:
    """The names of caller accessors called in `text`."""
    return sorted({m.group(1) for m in _CALLER_ACCESSOR.finditer(text)})


def privileged(text: str) -> bool:
    """A role or permission check that grants access to other people's records (staff,
    administrators, a model permission), not an ordinary customer's role."""
    return bool(_PRIVILEGED.search(text))


# Fields that give power or identity when a client sets them (mass assignment).
_SENSITIVE_FIELD = lazyre.compile(
    r"^(is_?)?(admin|staff|superuser|role|roles|permissions?|perms|groups?|owner|owner_?id|"
    r"author|user|creator|created_?by|pinned|"
    r"user_?id|author_?id|account_?id|tenant_?id|org_?id|customer_?id|member_?id|"
    r"patient_?id|employee_?id|team_?id|balance|credit|"
    r"credits|verified|email_?verified|approved|active|enabled|banned|locked|plan|tier|"
    r"status|password|password_?hash|price|amount|total|discount|paid|featured|"
    r"published|level|scope|internal|trusted|privileged)$", re.IGNORECASE)


def sensitive_field(name: str) -> bool:
    return bool(_SENSITIVE_FIELD.match(_snake(name)))


# Handler bodies that verify a webhook's signature.
_SIGNATURE = lazyre.compile(r"(compare_digest|timingSafeEqual|hmac|signature|construct_?event|"
                        r"verify_?(webhook|signature|sig)|ConstantTimeCompare|"
                        r"MessageDigest\.isEqual|Webhook\.|svix|verifyHeader|"
                        r"verify_?(stripe|github|gitlab|slack|twilio|paypal|shopify|mailgun|"
                        r"sendgrid|payload|event|sender)|"
                        r"validate_?(signature|request))", re.IGNORECASE)


# A word every match of _SIGNATURE starts with (lower-cased); an ASCII body without one of
# them cannot match (in other text, case-insensitive matching knows more equivalents: `ſ`, `K`).
_SIGNATURE_HEADS = ("compare_digest", "timingsafeequal", "hmac", "signature", "construct",
                    "verify", "constanttimecompare", "messagedigest", "webhook", "svix",
                    "validate")


def verifies_signature(body: str) -> bool:
    if body.isascii():
        lowered = body.lower()
        if not any(head in lowered for head in _SIGNATURE_HEADS):
            return False
    return bool(_SIGNATURE.search(body))


_LOGIN = lazyre.compile(r"(^|[/_.-])(log-?in|sign-?in|auth/token|oauth2?/token|token)([/_.-]|$)",
                    re.IGNORECASE)


def login_route(path: str, name: str) -> bool:
    """A route that logs a caller in: the app has authentication."""
    return bool(_LOGIN.search(path) or _LOGIN.search(_snake(name)))


# Folders of private data (backups, exports, invoices, logs, documents) that a static file
# server must not publish, whatever expression names them: a literal (`"./data/invoice-pdfs"`),
# a join (`join(__dirname, '..', 'storage', 'contracts')`) or a setting
# (`settings.RECEIPTS_ROOT`, `REPORT_DIR`). A folder with a public part (`public`, `static`,
# `assets`, `dist`) is the site's own assets; uploads and media are most often public on purpose
# (avatars), so they alone say nothing.
_PRIVATE_TOKENS = frozenset({
    "backup", "backups", "dump", "dumps", "export", "exports", "log", "logs", "private",
    "secret", "secrets", "invoice", "invoices", "receipt", "receipts", "contract", "contracts",
    "statement", "statements", "payslip", "payslips", "payroll", "report", "reports",
    "document", "documents", "attachment", "attachments", "storage", "data", "db", "database",
    "instance", "archive", "archives", "record", "records", "patient", "patients", "medical",
    "kyc", "transcript", "transcripts", "recording", "recordings", "confidential", "personal",
    "payout", "payouts", "tax", "ssh", "keys", "certs", "credentials", "sql",
    "sqlite", "protected", "internal"})
_PUBLIC_TOKENS = frozenset({"public", "static", "assets", "dist", "build", "www", "html",
                            "client", "frontend", "web", "site", "images", "img", "css", "js",
                            "fonts", "icons", "avatars", "thumbnails", "docs", "swagger",
                            "published"})


# Users' uploads kept in a folder of one kind of document (`uploads/consent-forms`,
# `join(__dirname, 'uploads', 'licences')`): what users sent in, not the site's own assets
_UPLOADS = frozenset({"upload", "uploads", "user_uploads", "useruploads"})
_QUOTED_PIECE = lazyre.compile(r"[\"'`]([^\"'`]*)[\"'`]")


def _upload_kind(text: str) -> bool:
    pieces = [p for q in _QUOTED_PIECE.findall(text) for p in re.split(r"[/\\]+", q) if p]
    lowered = [p.lower() for p in pieces]
    for i, piece in enumerate(lowered):
        if piece in _UPLOADS and i + 1 < len(lowered) and lowered[i + 1] not in (".", ".."):
            return True
    return False


def private_folder(text: str) -> bool:
    """`text` (an expression's source) names a folder of private data to serve."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text).lower()
    tokens = set(re.split(r"[^a-z0-9]+", words))
    if tokens & _PUBLIC_TOKENS:
        return False
    return bool(tokens & _PRIVATE_TOKENS) or _upload_kind(text)


_CONTAINERS = frozenset({"module", "program", "block", "statement_block", "source_file",
                         "class_body", "statement_list", "compilation_unit", "function_body",
                         "constructor_body", "list", "array", "expression_list"})
# an unclosed `/*` comments out the rest (and so is one match, not a scan per `/*`)
_CODE_COMMENT = lazyre.compile(r"(^|\s)(#|//)[^\n]*|/\*(?:.*?\*/|.*)", re.DOTALL)
_GUARD_WORD = lazyre.compile(r"(auth|login|require|guard|protect|session|jwt|only|verify|"
                             r"restrict|permission|role|basic_?auth|token)", re.IGNORECASE)


def served_openly(text_of: Callable[[Node], str], server: Node, folder: Node) -> bool:
    """The statement that registers the static `server` of `folder` passes no guard beside it
    (`app.use('/exports', requireAuth, express.static(dir))`, `adminOnly(http.FileServer(...))`)."""
    statement = server
    while statement.parent is not None and statement.parent.type not in _CONTAINERS:
        statement = statement.parent
    text = _CODE_COMMENT.sub("", text_of(statement).replace(text_of(folder), ""))
    return not _GUARD_WORD.search(text)
