#!/usr/bin/env python3
"""Writes N valid self-assessments as JSON Lines, generated from the format's JSON Schema with a
fixed seed, so that a batch timing can be repeated exactly:

    benchmarks/generate-batch.py 2000 > /tmp/batch.jsonl
    time java -jar examples/target/programme-health.jar batch /tmp/batch.jsonl --output /tmp/out.jsonl

Every section is present with about 85% of its answers; a third of the programmes carry one or two
earlier snapshots. Dates are in order and departmentsSeeingBenefit never exceeds departmentsInvolved."""
import datetime
import json
import pathlib
import random
import sys

SCHEMA = json.loads((pathlib.Path(__file__).resolve().parent.parent
                     / "rules-core/src/main/resources/org/programmehealth/assessment.schema.json").read_text())
DEFS = SCHEMA["$defs"]
SECTIONS = [n for n in SCHEMA["properties"] if n in DEFS and n != "snapshot"]


def resolve(node):
    while "$ref" in node:
        node = {**DEFS[node["$ref"].split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def value(rnd, spec):
    spec = resolve(spec)
    if "enum" in spec:
        return rnd.choice([v for v in spec["enum"] if v is not None])
    types = spec.get("type", [])
    types = types if isinstance(types, list) else [types]
    if "boolean" in types:
        return rnd.random() < 0.5
    if "integer" in types or "number" in types:
        lo = spec.get("minimum", 0)
        hi = spec.get("maximum", max(lo, 0) + 40)
        return rnd.randint(int(lo), int(hi))
    return None


def section(rnd, name, rate):
    out = {}
    for field, spec in resolve(DEFS[name])["properties"].items():
        if rnd.random() < rate:
            v = value(rnd, spec)
            if v is not None:
                out[field] = v
    if name == "centre" and "departmentsSeeingBenefit" in out:
        out["departmentsSeeingBenefit"] = min(out["departmentsSeeingBenefit"], out.get("departmentsInvolved", 0))
        out.setdefault("departmentsInvolved", out["departmentsSeeingBenefit"])
    return out


def programme(rnd, i, rate=0.85):
    assessed = datetime.date(2005, 1, 1) + datetime.timedelta(days=rnd.randint(800, 6000))
    p = {"id": f"gen-{i:06d}", "name": f"Generated programme {i}", "assessedOn": assessed.isoformat()}
    for field, spec in SCHEMA["properties"]["programme"]["properties"].items():
        if field in p or field == "startedOn" or rnd.random() >= rate:
            continue
        v = value(rnd, spec)
        if v is not None:
            p[field] = v
    if rnd.random() < rate:
        p["startedOn"] = (assessed - datetime.timedelta(days=rnd.randint(0, 2000))).isoformat()
    doc = {"schemaVersion": "1", "programme": p}
    for s in SECTIONS:
        doc[s] = section(rnd, s, rate)
    n = rnd.choice([0, 0, 0, 0, 1, 2])
    if n:
        history = []
        d = assessed - datetime.timedelta(days=400 * n)
        for _ in range(n):
            snap = {"assessedOn": d.isoformat()}
            for s in rnd.sample(SECTIONS, 4):
                snap[s] = section(rnd, s, rate)
            history.append(snap)
            d += datetime.timedelta(days=rnd.randint(30, 399))
        doc["history"] = history
    return doc


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 14)
    for i in range(count):
        print(json.dumps(programme(rnd, i), separators=(",", ":")))
