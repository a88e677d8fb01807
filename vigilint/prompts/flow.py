"""Where a request's data comes from and what the code does with it: a small structural reading.

The lexicon reads a request by its words ("shell command", "SQL", "upload"). A request can be
security-sensitive with none of them: "ping the host the operator types in", "let customers
pick which invoice they download", "store whatever people type into the contact form". What
makes these sensitive is a *flow*: data that someone outside the code supplies reaches an
operation that interprets it or acts on a resource it names. This module reads each sentence
as roles, not phrases:

- a **supplier**: a person or client outside the code (a user, visitor, customer, operator,
  agent, member, player, partner, contributor, the browser, the mobile app) with a verb of
  supplying (types, enters, pastes, writes, sends, gives, picks, uploads, registers), or a
  part of the request (the query string, the URL, the request body, a parameter, a form, a
  cookie, a queue message);
- a **sink**: an operation on what was supplied: run or shell out, evaluate, query, open /
  serve / delete / unpack a file, fetch an address, render or print it back, store it, load
  it as objects or code, redirect to it, act on the record it names;
- a **link** between them in one sentence: the sink's object is described by the supplier (a
  relative clause, "the host the operator types in", "whatever people type"), or the sink
  takes the supplied thing back by a pronoun or a demonstrative ("..., we run nslookup on it",
  "... deletes that file"), or the supplier and a strong sink (run, evaluate, fetch, a file
  operation) stand a few words apart.

A choice among listed values ("choose a theme (light, dark or sepia)", "from a dropdown")
supplies nothing that can steer the code, and data the code owns ("our seed JSON", "the
config") is no supplier. Each reading is a compiled pattern over one sentence at a time, with
bounded windows: linear in the prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigilint import lazyre

# -- who or what supplies the data ---------------------------------------------------------
_PARTY = (
    r"(?:users?|visitors?|customers?|clients?|members?|players?|shoppers?|buyers?|sellers?|people"
    r"|someone|somebody|anyone|anybody|they|he|she|the public|tenants?|partners?|contributors?|authors?"
    r"|operators?|agents?|staff|admins?|administrators?|analysts?|owners?|patients?|students?"
    r"|teachers?|employees?|callers?|guests?|readers?|subscribers?|merchants?|vendors?"
    r"|applicants?|parents?|drivers?|volunteers?|moderators?|editors?|writers?|reporters?"
    r"|requesters?|senders?|uploaders?|residents?|citizens?|candidates?|learners?|participants?"
    r"|(?:the|a|our) (?:\w+ )?(?:browser|frontend|front-end|app|client|caller|kiosk|device|phone)"
    r"|usu[áa]rios?|utentes?|operador(?:es|a)?|visitantes?|clientes?|besucher\w{0,2}"
    r"|benutzer\w{0,2}|nutzer\w{0,2}|kund(?:e|en|in)|utilisat(?:eur|rice)s?|visiteurs?|bediener)")
_SUPPLY = (
    r"(?:types?|typed|typing|enters?|entered|entering|pastes?|pasted|writes?|wrote|written"
    r"|gives?|gave|given|sends?|sent|posts?|posted|leaves? (?:a|an)|left (?:a|an)|receives?|received"
    r"|gibt|geben|tippt|tippen|tr[äa]gt|l[äa]dt|submits?|submitted|uploads?|uploaded|provides?|provided"
    r"|registers?|registered|edits?|edited|fills? in|filled in|puts? in|put on|puts? on|picks?"
    r"|picked|chooses?|chose|chosen|selects?|selected|supplies|supplied|suppl(?:y|ies)|specif(?:y|ies|ied)"
    r"|names?|named|asks? for|requests?|requested|drops?|shares?|shared|adds?|added|sets?"
    r"|digita|digitam|escreve|escrevem|envia|enviam|informa|escolhe|escolhem|seleciona"
    r"|escribe|escriben|introduce|introducen|env[íi]a|env[íi]an|elige|eligen"
    r"|eingibt|eintippt|eintragen|eingeben|w[äa]hlt|w[äa]hlen|ausw[äa]hlen|schickt|hochl[äa]dt"
    r"|saisit|saisissent|tape|tapent|envoie|envoient|choisit|choisissent)")
# a supplier with its verb: "the operator types", "visitors choose", "people type"
_SUPPLIER = lazyre.compile(
    r"(?i)(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bmy )(?<!\byour )\b"
    + _PARTY + r"(?:'s| s)?\s+(?:(?:can|could|will|may|might|should|just|then|has|have|had"
    r"|to|pode|podem|kann|k[öo]nnen|soll|puede|pueden|peut|peuvent|want|wants) )?"
    r"(?:(?!(?:and|or|but|nor|so|of|to|in|on|at|for|with|from|by|is|are|was|were)\b)\w+ )?"
    + _SUPPLY + r"\b")
# any person named by a role ("the clerk submits", "Coaches write", "the photographer wrote") with a
# verb only people do to data; subjects that are code or machines are not suppliers
# ("types", "names", "posts", "submit" are nouns as often: "parameter types", "the submit button";
# a typing verb counts with what is typed after it)
_HUMAN_SUPPLY = (r"(?:(?:types?|typed) (?=in\b|into\b|an?\b|the\b|their\b|his\b|her\b|some\b|it\b"
                 r"|something\b|whatever\b)|writes? (?=an?\b|the\b|their\b|his\b|her\b|some\b|something\b)"
                 r"|enters|entered|pastes|pasted|submits|submitted|uploads"
                 r"|uploaded|picks|picked|chooses|chose|selects|selected|fills in|filled in|writes"
                 r"|wrote|leaves (?=an?\b)|left (?=an?\b)|gibt (?=[^.;!?\n]{0,40}\bein\b)|tippt|tr[äa]gt (?=[^.;!?\n]{0,40}\bein\b)"
                 r"|w[äa]hlt|digita|escreve|escribe|introduce|saisit|tape)")
_MACHINE = (r"(?:script|function|code|service|server|worker|job|program|module|class|method|handler"
            r"|endpoint|system|we|i|it|they|cron|pipeline|test|tests|loop|query|parser|database|db"
            r"|logger|writer|scheduler|runner|compiler|loader|reader|exporter|importer|renderer"
            r"|generator|formatter|builder|helper|wrapper|controller|router|consumer|producer|tool"
            r"|bot|file|table|column|field|config|page|screen|form|button|which|that|this|who"
            r"|what|there|he|she|you|one|each|every|all|any|and|or|but|nor|then|so|to|of|[a-z]*ing|[a-z]*ly"
            r"|partners?|spouses?|wife|husband)")
_ANY_SUPPLIER = lazyre.compile(
    r"(?i)(?:\b(?:the|a|an|each|every|any|our|their|its|his|her|der|die|das|ein|eine|jede[rs]?"
    r"|el|la|los|las|un|una|cada|o|os|as|um|uma|le|les|une|chaque)\s+(?:[\w-]+\s+){0,2}?|(?:^|[:;,(]|\band)\s*)"
    r"(?!" + _MACHINE + r"\b)[a-z][\w-]{2,20}(?:'s)?\s+(?:(?:can|could|will|may|just|then|has|have"
    r"|should|must|also) )?" + _HUMAN_SUPPLY + r"\b(?! (?:after|by|for|like|as)\b)")
# a part of the request that carries data in: "from the query string", "in the request body",
# "`?page=`", "a filename in the body", "der Name kommt als Parameter"
_REQUEST_PART = lazyre.compile(
    r"(?i)(?:\b(?:from|in|on|via|through|off|out of|into) (?:the |a |its |each |every )?"
    r"(?:incoming |http |post |get |json |form |request |url |query )?"
    r"(?:query ?string|querystring|url|uri|path|route|request(?: body| params?| parameters?)?"
    r"|body|payload|params?|parameters?|form(?: data| fields?)?|cookies?|headers?|job message"
    r"|queue message|message|webhook|query)\b(?! (?:of|for) (?:the )?(?:(?:app|repo|docs|our)\b))"
    r"(?! (?:in|from|of) (?:the |our )?(?:settings|config\w*|\.env|env\b|environment|constants?))"
    r"|\?\w{1,20}=|\b(?:comes?|arrives?) (?:in )?as (?:a )?(?:query )?param(?:eter)?\b"
    r"|\bby (?:typing|entering|pasting|writing|uploading|giving|choosing|picking|selecting|submitting)\b"
    r"|\b(?:each|every|all|any) (?:incoming |submitted |posted )?(?:form submission|submission|request"
    r"|request body|form|upload|message|comment|post|entry|answer)s?\b(?! (?:of|in|from) (?:the |our )?(?:config|settings|repo))"
    r"|\b(?:receives?|received|receiving|accepts?|accepted|is (?:given|passed|sent)|gets? passed)"
    r"(?: (?:a|an|the|its|some))? (?:\w+ ){0,2}?(?:name|names|id|ids|path|paths|url|urls|filename|host"
    r"|hostname|address|command|query|expression|key|file ?name|formula|template)\b"
    r"|\bkommt als parameter\b|\bcomo par[âa]metro\b|\bcomme param[èe]tre\b|\bcomo parámetro\b)")
# whatever / anything someone supplies, as an object: "whatever people type", "what was typed"
_WHATEVER = lazyre.compile(
    r"(?i)\b(?:whatever|whichever|anything|everything|what|which)\b(?:\s+\w+){0,2}?\s+"
    r"(?:" + _PARTY + r"\s+(?:\w+ )?" + _SUPPLY + r"|(?:was|is|gets?|got|were|are) " + _SUPPLY + r")\b")

# -- what the code does with it ------------------------------------------------------------
# (class, domain, strong): strong sinks link to a supplier a few words away; the others need
# the supplier inside their object or a pronoun that takes it back
_SINKS: tuple[tuple[str, str, bool, re.Pattern[str]], ...] = (
    ("command", "untrusted-input", True, lazyre.compile(
        r"(?i)\b(?:runs?|running|ran|execut\w{1,4}|exec|spawn\w{0,3}|shell(?:s|ing)? out|pings?"
        r"|traceroute|nslookup|dig|whois|ssh(?:es)?|(?:through|via|with|in) a shell(?: call)?"
        r"|shell call|system\(\)|roda|rodar|executa\w{0,2}|faz ssh|ausf[üu]hr\w{1,3}|f[üu]hr\w{1,3}"
        r"|ejecut\w{1,3}|ex[ée]cut\w{1,4})\b"
        # a service or process named by what was supplied, started or stopped
        r"|\b(?:(?:re)?start\w{0,3}|stop\w{0,4}|kill\w{0,3}|reboot\w{0,3}|shut\w{0,4} down)\b"
        r"(?=[^.;!?\n]{0,30}?\b(?:services?|process\w{0,2}|containers?|daemons?|jobs?|servers?|pods?"
        r"|units?)\b)")),
    ("evaluate", "untrusted-input", True, lazyre.compile(
        r"(?i)\b(?:evaluat\w{1,3}|eval|(?:comput|calculat)\w{1,3} (?:it|them|that|this|those|these)"
        r"|interpret\w{0,3}|import\w{0,3} (?:it|them|that|this)"
        r"|loads? (?:it|them|that) (?:as|at) (?:code|runtime)|at runtime|auswert\w{1,3}|avali\w{1,3}"
        r"|evalu\w{1,3})\b")),
    ("fetch", "outbound-requests", True, lazyre.compile(
        r"(?i)\b(?:fetch\w{0,3}|grab\w{0,3}|download\w{0,3}|scrap\w{1,3}|crawl\w{0,3}|visit\w{0,3}"
        r"|(?:posts?|sends?|push\w{0,2}|notif\w{1,4}|calls?)\b[^.;!?\n]{0,40}?\bto (?:it|them|that|this|the (?:given|registered|saved))\b|requests? (?:to|it|that)|calls? (?:it|that|back)"
        r"|hits?|saves? a copy|keeps? a copy|copy of|load (?:it|them|the page|the images?))\b")),
    ("file", "files", True, lazyre.compile(
        r"(?i)\b(?:(?:open|read|serve|return|send|stream|delete|remove|resize|unpack|unzip|extract"
        r"|list|show|move|copy|overwrite|write|save)\w{0,3}\b[^.;!?\n]{0,40}?\b(?:files?|folders?"
        r"|director(?:y|ies)|paths?|pdfs?|templates?|attachments?|images?"
        r"|pictures?|archives?|zips?)\b|\bfiles? (?:named|called) after\b|\bnamed after\b"
        r"|\bdatei\w{0,2}\b|\bficheiros?\b|\barquivos?\b|\bfichiers?\b|\barchivos?\b"
        r"|\bunpack\w{0,3}|\bunzip\w{0,3}|\bextract\w{0,3}\b(?= (?:it|them|that|this|the (?:zip|archive))))")),
    ("query", "untrusted-input", True, lazyre.compile(
        r"(?i)\b(?:where clause|(?:against|in|into|from|on) (?:the |our )?"
        r"(?:production |prod |main |live )?(?:database|db|table(?! of)|postgres|mysql|sqlite|mongo\w{0,2})"
        r"|matching rows|runs? (?:the )?(?:report|query|queries))\b")),
    ("load", "deserialization", True, lazyre.compile(
        r"(?i)\b(?:load\w{0,3} (?:it |them )?back|restor\w{1,3}|unpickl\w{1,3}|deseriali[sz]\w{1,3}"
        r"|(?:dump|snapshot) of (?:the )?(?:\w+ )?objects?|turn\w{0,3} (?:it|them) (?:back )?into (?:an? )?objects?)\b")),
    ("redirect", "untrusted-input", True, lazyre.compile(
        r"(?i)\b(?:redirect\w{0,3}|send\w{0,3} (?:them|people|users|visitors|the user|the visitor)"
        r"(?: on)? to|forward\w{0,3} (?:them|people|users) to)\b")),
    ("record", "authz", True, lazyre.compile(
        r"(?i)\b(?:delet\w{1,3}|clos\w{1,3}|cancel\w{0,4}|updat\w{1,3}|edit\w{0,3}|return\w{0,3}"
        r"|show\w{0,3}|look\w{0,3} up|fetch\w{0,3}|copies|copy)\b[^.;!?\n]{0,40}?\b(?:that|this|the"
        r"|any|whose|every|each|an?)\b[^.;!?\n]{0,20}?\b(?:account|record|order|profile|user|invoice"
        r"|document|ticket|booking|reservation|message|order history|history|row|field)s?\b")),
    ("render", "untrusted-input", False, lazyre.compile(
        r"(?i)\b(?:show\w{0,3}|display\w{0,3}|print\w{0,3} (?:them|it|that|those|this)? ?back"
        r"|echo\w{0,3}|greet\w{0,3}|insert\w{0,3}|render\w{0,3}"
        r"|(?:put|pin|add|post)\w{0,3} (?:it|them) (?:into|in|on|onto|to|under|below|above|beside|next to)\b(?! (?:the |a )?(?:queue|db|database|table|disk|bucket))"
        r"|(?:into|in) (?:a |the )?<\w+>|(?:turned|turns?|converted|converts?) into html"
        r"|as it is|verbatim|mostra\w{0,2}|zeig\w{1,3}|affich\w{1,4}|muestr\w{1,2})\b")),
    ("store", "untrusted-input", False, lazyre.compile(
        r"(?i)\b(?:stor\w{1,3}|sav\w{1,3}|keep\w{0,3}|(?<!the )(?<!a )(?<!our )(?<!its )"
        r"log(?:s|ged|ging)?\b(?! files?| entr| lines?| folder| director)|record\w{0,3}|persist\w{0,3}"
        r"|insert\w{0,3}|writes? (?:it|them) (?:to|into))\b")),
)
# where a weak sink must put the data for it to matter: a page others see, or server-side
# storage (a React state, localStorage or a game's scoreboard is the user's own screen)
_TARGET = {
    # a record acted on is chosen by what names it: an id, a number, a slug
    "record": lazyre.compile(r"(?i)\b(?:ids?|identifiers?|numbers?|no\.|uuids?|slugs?|serials?"
                             r"|reference|handle|whose|which|whichever|any)\b"),
    "render": lazyre.compile(
        r"(?i)\b(?:page|pages|site|website|homepage|html|dom|wall|profile|dashboard|feed|portal"
        r"|template|e-?mail|browser|screen for (?:other|all)|public|header|<\w+>|markdown|css"
        r"|guestbook|forum|board|comments?|timeline|results? page|p[áa]gina|seite|startseite)\b"),
    "store": lazyre.compile(
        r"(?i)\b(?:database|db|table|postgres\w{0,3}|mysql|mongo\w{0,2}|sqlite|dynamo\w{0,2}|redis"
        r"|file|files|disk|log|logs|bucket|s3|backend|server|sheet|spreadsheet|crm|index|cookie"
        r"|banco|datenbank|tabelle|base de (?:datos|donn[ée]es))\b(?<!localstorage)"),
}
_PRONOUN = lazyre.compile(
    # possessive runs: the same matches, linear on long runs of spaces (test_regex_linear_time)
    r"(?i)\s*+(?:\w++\s++){0,2}?(?:on|in|into|to|at|with|against|for|from|over|back)?\s*+"
    r"(?:it|them|that|this|those|these|nele|nela|neles|ihn|ihm|sie|es|lo|la|los|las|le|les)\b"
    r"(?!\s+(?:long|much|many|way|time))")
_PRONOUN_NEXT = lazyre.compile(r"(?i)\s+(?:in\s+)?(?:it|them)\b")
# a choice among listed values: "(bar, line or pie)", "from a dropdown", "one of"
_BOUNDED = lazyre.compile(
    r"(?i)\(\s*[\w' -]{1,20}(?:,\s*[\w' -]{1,20})+,?\s*(?:or|and|/)\s*[\w' -]{1,20}\)"
    r"|\(\s*\w{1,12}(?:\s*/\s*\w{1,12}){1,6}\s*\)|\bfrom a (?:drop-?down|list of|fixed|menu|select)"
    r"|\bone of (?:the |our )?(?:\d+|allowed|fixed|listed|few|three|four|five)\b|\ballowlist\w{0,3}\b"
    r"|\bwhitelist\w{0,3}\b")
# data that never leaves the user's device: "client-side only", "no upload"
_LOCAL = lazyre.compile(
    r"(?i)\b(?:client[- ]side only|only client[- ]side|in the browser only|browser[- ]only|offline only"
    r"|no (?:server|backend|back-end|upload|network)|never (?:leaves|sent to) the (?:device|server|browser)"
    r"|(?:from|in) (?:their|his|her|the user's) own (?:gallery|device|phone|camera roll|disk))\b")
# quantities a person types that steer nothing: "a number of minutes", "their age"
_QUANTITY = lazyre.compile(
    r"(?i)\b(?:a |the )?(?:number of (?:minutes|seconds|hours|days|items|copies|rows|players)"
    r"|(?:minutes|seconds|hours|days)|age|quantity|rating|score|count|amount of (?:time|minutes))\b")
_DEMONSTRATIVE = re.compile(r"(?i)\b(?:it|them|that|this|those|these)\b")
# a supplier in a clause of time says when, not what: "a hint under the field as the user types"
_WHILE = lazyre.compile(r"(?i)(?<!exactly )(?<!just )(?<!precisely )(?<!verbatim )(?<!same )"
                        r"\b(?:as|while|whilst|when|whenever|before|after|once|until)\s+"
                        r"(?:the |a |each |every |any )?\w+\W*\Z")
_SENTENCE = re.compile(r"(?:[^.;!?\n]|[.!?](?=\S))+(?:[.;!?]+|\n|$)")
_NEAR_WORDS = 10  # a strong sink this many words from its supplier, on either side


@dataclass(frozen=True)
class Flow:
    """Supplied data reaching a sink: the sink's class, the domain it makes sensitive, and
    the sentence's span in the text."""

    sink: str
    domain: str
    start: int
    end: int
    text: str


def _words_between(text: str, a: int, b: int) -> int:
    if b < a:
        a, b = b, a
    return len(text[a:b].split())


# quick tests before the patterns that try every position: a party word, a typing verb
_PARTY_QUICK = lazyre.compile(r"(?i)\b" + _PARTY + r"\b")
_VERB_QUICK = lazyre.compile(
    r"(?i)\b(?:typ|enter|past|submit|upload|pick|chos|choos|select|fill|writ|wrot|leav|left|gibt"
    r"|tipp|tr[äa]gt|w[äa]hlt|digit|escri|introduc|saisi|tap)\w*")


def _sources(sentence: str) -> list[tuple[int, int, bool | None]]:
    """(start, end, described) of each supplier in the sentence; `described`: a relative or
    free clause ("the host the operator types", "whatever people type") that names an object
    by who supplies it; None: a supplier in a clause of time, linked only by a pronoun."""
    out: list[tuple[int, int, bool | None]] = []
    patterns = []
    if _PARTY_QUICK.search(sentence) is not None:
        patterns.append(_SUPPLIER)
    if _VERB_QUICK.search(sentence) is not None:
        patterns.append(_ANY_SUPPLIER)
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            if _QUANTITY.match(sentence, m.end() + 1) or "POST" in m.group():
                continue  # (an HTTP method names the transport, not a person)
            # in a clause of time the supplier says when: only a pronoun takes its data
            # back ("when a guest leaves a note, put it on the wall")
            out.append((m.start(), m.end(),
                        None if _WHILE.search(sentence, 0, m.start() + 1) else False))
    for m in _WHATEVER.finditer(sentence):
        out.append((m.start(), m.end(), True))
    for m in _REQUEST_PART.finditer(sentence):
        out.append((m.start(), m.end(), False))
    return out


def flows(text: str, limit: int = 200_000) -> list[Flow]:
    """Every sentence of `text` where supplied data reaches a sink (one flow per sentence and
    domain)."""
    text = text[:limit]
    found: list[Flow] = []
    seen: set[tuple[int, str]] = set()
    previous_sources = False
    previous_sentence = ""
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if len(sentence) > 600:
            previous_sources = False
            continue  # a wall of pasted text, not a request's sentence
        sources = _sources(sentence)
        bounded = _BOUNDED.search(sentence) is not None or _LOCAL.search(sentence) is not None
        before, previous_sources = previous_sources, bool(sources) and not bounded
        last_sentence, previous_sentence = previous_sentence, sentence
        if not sources or bounded:
            if sources or not before:
                continue
            # a pronoun in the next sentence may take the supplied thing back ("The agent
            # types a hostname. We run nslookup on it.")
            for klass, domain, _, pattern in _SINKS:
                target = _TARGET.get(klass)
                if klass == "store" or (sm.start(), domain) in seen or (
                        target is not None and target.search(sentence) is None
                        and target.search(last_sentence) is None):
                    continue
                for m in pattern.finditer(sentence):
                    if _PRONOUN.match(sentence, m.end()) or _DEMONSTRATIVE.search(m.group()):
                        seen.add((sm.start(), domain))
                        found.append(Flow(klass, domain, sm.start(), sm.end(), sentence.strip()))
                        break
            continue
        for klass, domain, strong, pattern in _SINKS:
            if (sm.start(), domain) in seen:
                continue
            target = _TARGET.get(klass)
            if target is not None and target.search(sentence) is None:
                continue
            for m in pattern.finditer(sentence):
                linked = False
                for start, end, described in sources:
                    if start <= m.start() < end or start < m.end() <= end:
                        continue  # the sink word is the supplier's own ("sends", "names")
                    if described is None:
                        linked = end <= m.start() and (
                            bool(_PRONOUN.match(sentence, m.end()))
                            or bool(_DEMONSTRATIVE.search(m.group())))
                    elif m.end() <= start:
                        # sink first: the supplier describes its object ("show each message
                        # exactly as they typed it": the pronoun after the supplier is the object)
                        gap = _words_between(sentence, m.end(), start)
                        linked = gap <= (_NEAR_WORDS if strong else 6) or (
                            gap <= 12 and _PRONOUN_NEXT.match(sentence, end) is not None)
                    else:
                        # supplier first: the sink takes it back, or stands near (strong)
                        gap = _words_between(sentence, end, m.start())
                        linked = (bool(_PRONOUN.match(sentence, m.end())) and gap <= 20) or (
                            strong and gap <= _NEAR_WORDS) or (described and gap <= 8) or (
                            bool(_DEMONSTRATIVE.search(m.group())) and gap <= 20)
                    if linked:
                        break
                if linked:
                    seen.add((sm.start(), domain))
                    found.append(Flow(klass, domain, sm.start(), sm.end(), sentence.strip()))
                    break
    return found


__all__ = ["Flow", "flows"]
