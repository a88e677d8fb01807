"""Pass i17o on issue 17: a request read by where its data comes from and what the code does
with it (`vigilint/prompts/flow.py`). Data that someone outside the code supplies (a person
by role with a verb of supplying, a part of the request, "whatever people type") reaching an
operation that interprets it or acts on what it names makes the request sensitive without a
trigger word; a choice among listed values, data the code owns, or a person typing in a clause
of time does not. None of these prompts is copied from a labelled set or from the probe.
"""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt
from vigilint.prompts.flow import flows

WARN = [
    # a command run on what someone supplies
    ("the night-shift technician enters a server name in the console and we run uptime "
     "against it, showing what comes back", "untrusted-input"),
    ("Warehouse tool: run whois on the domain the clerk submits and list the result",
     "untrusted-input"),
    # an expression someone writes, evaluated
    ("Coaches write a scoring rule such as `goals * 3 + assists` on the settings page. "
     "Evaluate it for every player at the end of the match.", "untrusted-input"),
    # a file named by the request
    ("Koa route: take `?doc=` and send back the contents of that file from the manuals folder",
     "files"),
    ("The tablet app posts the name of the photo it wants gone; delete that file from "
     "/var/photos in the handler", "files"),
    # an address someone gives, fetched
    ("A tenant types the address of their status page; our server hits it every minute and "
     "records the HTTP code", "outbound-requests"),
    # text someone writes, put back into a page
    ("show the caption the photographer wrote under each picture, exactly as typed, "
     "on the gallery page", "untrusted-input"),
    # a record chosen by the caller
    ("the kiosk sends the booking number it wants cancelled; cancel that booking",
     "authz"),
    # free text stored, with a pronoun in the next sentence taking it back
    ("Residents write a complaint on the council form. Store it in MySQL and list it on the "
     "staff dashboard.", "untrusted-input"),
    # a service named by what was typed, restarted
    ("Add a panel where the on-call engineer can stop any container by typing its name",
     "untrusted-input"),
    # a clause of time whose data a pronoun takes back
    ("When a reviewer leaves a comment on the recipe site, post it under the recipe at once",
     "untrusted-input"),
    # what the code receives, acted on
    ("the sync service receives the name of a snapshot and restores it over the current state",
     "deserialization"),
    # German separable verb: "gibt ... ein"
    ("Die Pflegekraft gibt einen Gerätenamen ein und wir führen ping darauf aus",
     "untrusted-input"),
    # Spanish: the operator writes a host, we run ping on it
    ("el operador escribe el nombre del equipo y ejecutamos ping contra él desde el servidor",
     "untrusted-input"),
]

# no flow; other readings of the guard may still warn these (a deploy job, a live counter)
NO_FLOW = [
    # data kept on the user's own screen, or a game's own board
    "When the user picks an accent colour, save it in localStorage and apply it to the navbar",
    "players type their initials after the last level and we show them on the high-score table",
    "Let the user write a shopping item and add it to the list in the Vue component state",
    # a table of contents is no database table
    "The reader picks a section from the table of contents and we scroll to it",
    # restarting what the code owns
    "Restart the nginx service on our build box after the config is copied",
    "every night, run `pg_dump` on the database named in our deploy config and gzip the dump",
    "show a character counter under the bio field that updates as the user types",
]

ALLOW = [
    # data the code owns
    "Render the chapter titles from book.toml into the sidebar of the static docs site",
    # a choice among listed values
    "Let readers choose the font size (small, medium or large) and apply it to the article",
    "let shoppers pick the sort order from a dropdown and reorder the product grid",
    # a quantity typed in
    "The cook enters a number of minutes and the app shows a timer that rings at zero",
    # plain string work
    "Write a Go function that trims the trailing slash from a path string",
]


@pytest.mark.parametrize(("prompt", "domain"), WARN)
def test_supplied_data_reaching_a_sink_warns(prompt: str, domain: str) -> None:
    found = flows(prompt)
    assert domain in {f.domain for f in found}, found
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict
    assert domain in verdict.domains


@pytest.mark.parametrize("prompt", NO_FLOW)
def test_owned_data_and_a_clause_of_time_are_no_flow(prompt: str) -> None:
    assert flows(prompt) == []


@pytest.mark.parametrize("prompt", ALLOW)
def test_no_supplied_data_or_a_bounded_choice_is_no_flow(prompt: str) -> None:
    assert flows(prompt) == []
    assert check_prompt(prompt).verdict == "allow"


def test_constrained_flow_is_allowed() -> None:
    prompt = ("Run whois on the domain the clerk submits: accept only names that match "
              "^[a-z0-9.-]{1,253}$, pass them as one argument of an argument list with no "
              "shell, 5 s timeout, and never show raw stderr (OWASP A03:2021 Injection).")
    assert flows(prompt)
    assert check_prompt(prompt).verdict == "allow"


def test_a_test_of_such_code_adds_no_flow_domain() -> None:
    from vigilint.prompts.domains import analyze, requirement_spans
    from vigilint.prompts.lexicon import collect, lexicon
    from vigilint.prompts.text import tokenize

    prompt = "pytest: the night clerk types a booking code and we run our lookup script on it"
    assert flows(prompt)  # the flow is there ...
    lex = lexicon()
    tokens = tokenize(prompt)
    found = collect(lex, tokens)
    building = analyze(tokens, lex, found, requirement_spans(prompt, []), [], True)
    testing = analyze(tokens, lex, found, requirement_spans(prompt, []), [], True, testing=True)
    assert "untrusted-input" in building.domains
    # ... but a test exercises it: the flow reading adds nothing
    assert testing.domains == []


def test_flow_in_a_requirements_section_raises_nothing() -> None:
    prompt = ("Write a Python function that formats a list of prices as a table.\n\n"
              "Security requirements:\n- never run anything the user types\n")
    assert check_prompt(prompt).verdict == "allow"


def test_flow_reading_is_linear_on_a_long_line() -> None:
    # one sentence far longer than a request's is skipped, not walked word by word
    text = "the user types a host and we run ping on it " * 5000
    assert flows(text) == []
