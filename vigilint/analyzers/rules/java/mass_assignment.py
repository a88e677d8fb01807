"""## What it does
Flags request data bound straight into a persistent entity and saved: a Spring handler
parameter `@RequestBody User user` / `@ModelAttribute UserAccount user` (or an unannotated
entity in a `@Controller`) whose type is an entity rather than a DTO, saved with
`repository.save(user)`/`persist`/`merge`; a JAX-RS resource method's entity parameter (the
one without an annotation) saved the same way; `BeanUtils.copyProperties(requestBody,
entity)` without the properties to ignore; and Commons BeanUtils `populate(bean,
request.getParameterMap())`. A controller whose `@InitBinder` sets the allowed
or disallowed fields is left alone. When the entity is declared in the same file the finding
names its sensitive fields, and an entity without any is not reported.

## Why is this bad?
Spring binds every property the request names: `admin=true` or `"ownerId": 7` sets fields the
form never showed (mass assignment, CWE-915).

## Example
```java
@PostMapping("/profile")
String save(@ModelAttribute UserAccount user) { users.save(user); ... }
```

## Use instead
```java
@PostMapping("/profile")
String save(@Valid ProfileForm form, Principal me) {
    UserAccount user = users.findByUsername(me.getName());
    user.setDisplayName(form.displayName());
    users.save(user); ...
}
```

## References
- CWE-915: Improperly Controlled Modification of Dynamically-Determined Object Attributes
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from vigilint.analyzers.access.java.records import bindings, fields_of
from vigilint.analyzers.access.rules import binding_rule

RULE = binding_rule(
    id="VG-JAVA-AUTH-004", language="java", bindings=bindings, fields=fields_of,
    message="An entity is bound from the request and saved; bind a DTO with the editable "
            "fields instead.",
    prefilter=("RequestBody", "ModelAttribute", "copyProperties", "Controller", "ws.rs",
               "populate", "bodyAsClass", "bodyValidator"),
)
