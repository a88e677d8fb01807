"""Java part of the API inventory: `javap -public` over the JDK's JCA classes and BouncyCastle,
members of the superclasses and interfaces included, and the declared return types."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

CLASSES = (
    "javax.crypto.Cipher", "javax.crypto.Mac", "javax.crypto.KeyGenerator",
    "javax.crypto.SecretKeyFactory", "javax.crypto.KeyAgreement", "javax.crypto.SecretKey",
    "javax.crypto.spec.SecretKeySpec", "javax.crypto.spec.GCMParameterSpec",
    "javax.crypto.spec.IvParameterSpec", "javax.crypto.spec.PBEKeySpec",
    "java.security.MessageDigest", "java.security.SecureRandom",
    "java.security.KeyPairGenerator", "java.security.KeyFactory", "java.security.Signature",
    "java.security.KeyStore", "java.security.Security", "java.security.AlgorithmParameters",
    "java.security.KeyPair", "java.security.Key", "java.security.PrivateKey",
    "java.security.PublicKey",
)
BOUNCYCASTLE = (
    "org.bouncycastle.crypto.digests.SHA256Digest", "org.bouncycastle.crypto.digests.SHA512Digest",
    "org.bouncycastle.crypto.digests.SHA3Digest", "org.bouncycastle.crypto.digests.Blake2bDigest",
    "org.bouncycastle.crypto.macs.HMac", "org.bouncycastle.crypto.generators.SCrypt",
    "org.bouncycastle.crypto.generators.BCrypt", "org.bouncycastle.crypto.generators.OpenBSDBCrypt",
    "org.bouncycastle.crypto.generators.Argon2BytesGenerator",
    "org.bouncycastle.crypto.params.KeyParameter", "org.bouncycastle.crypto.params.Argon2Parameters",
    "org.bouncycastle.crypto.engines.AESEngine", "org.bouncycastle.crypto.modes.GCMBlockCipher",
    "org.bouncycastle.jce.provider.BouncyCastleProvider", "org.bouncycastle.util.encoders.Hex",
    "org.bouncycastle.util.encoders.Base64",
)
_HEADER = re.compile(r"^(?:public |protected |abstract |final |static |sealed |non-sealed )*"
                     r"(?:class|interface|enum|record) ([\w.$]+)(?:<.*?>)?"
                     r"(?: extends ([\w.$<>, ?]+?))?(?: implements ([\w.$<>, ?]+?))?(?: permits .*)? \{$")
_MEMBER = re.compile(r"^\s+(?:[\w]+ )*?(?:<[^>]*> )?([\w.$\[\]<>?, ]+?) (\w+)(\(|;)")


def _types(text: str | None) -> list[str]:
    if not text:
        return []
    depth, current, out = 0, "", []
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(current.strip())
            current = ""
            continue
        if depth == 0 and ch != ">":
            current += ch
    out.append(current.strip())
    return [t for t in out if t]


def _javap(names: list[str], classpath: str | None) -> dict[str, tuple[list[str], dict[str, str],
                                                                        list[str]]]:
    command = ["javap", "-public"] + (["-cp", classpath] if classpath else []) + names
    text = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    out: dict[str, tuple[list[str], dict[str, str], list[str]]] = {}
    current = ""
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            current = header.group(1)
            parents = _types(header.group(2)) + _types(header.group(3))
            out[current] = ([], {}, [p.split("<")[0] for p in parents])
            continue
        member = _MEMBER.match(line)
        if current and member and "(" not in member.group(1):
            returned, name = member.group(1).split()[-1], member.group(2)
            if name == current.rsplit(".", 1)[-1]:
                continue  # a constructor
            out[current][0].append(name)
            if member.group(3) == "(" and "." in returned and "<" not in returned and \
                    "[" not in returned:
                out[current][1][name] = returned
    return out


def java_inventory(bcprov: Path | None) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    classpath = str(bcprov) if bcprov is not None else None
    pending = list(CLASSES) + (list(BOUNCYCASTLE) if bcprov is not None else [])
    seen: dict[str, tuple[list[str], dict[str, str], list[str]]] = {}
    while pending:
        batch = [n for n in dict.fromkeys(pending) if n not in seen]
        pending = []
        if not batch:
            break
        found = _javap(batch, classpath)
        seen.update(found)
        pending = [p for _, _, parents in found.values() for p in parents if p not in seen]
        pending.append("java.lang.Object")

    def members(name: str, depth: int = 0) -> set[str]:
        own, _, parents = seen.get(name, ([], {}, []))
        out = set(own)
        for parent in parents if depth < 12 else []:
            out |= members(parent, depth + 1)
        if name != "java.lang.Object":
            out |= set(seen.get("java.lang.Object", ([], {}, []))[0])
        return out

    wanted = list(CLASSES) + (list(BOUNCYCASTLE) if bcprov is not None else [])
    namespaces = {name: sorted(members(name)) for name in wanted if name in seen}
    returns = {f"{name}.{method}": [returned] for name in wanted if name in seen
               for method, returned in seen[name][1].items() if returned in namespaces}
    return namespaces, returns


def versions(bcprov: Path | None) -> dict[str, str]:
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    first = java.splitlines()[0] if java else "?"
    return {"jdk": first, "bcprov": bcprov.resolve().name if bcprov is not None else "missing"}
