"""GraphQL selections and the functions that flatten their answers into table rows.

The rows have the columns of the tidy tables that ``diplomacy-graph tables`` writes (same names,
same order, same spelling of values), so a DataFrame from the server and one from the CSV files
compare equal.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

_TIME = "value precision earliest latest inferred source derivedFrom { id }"
_EVIDENCE = "document { id } quote exact start end sentence paragraph"

ENTITY_SELECTION = (
    "id kind name description attributes { key value } statementCount "
    "positions { id } positionsAbout { id } mentions { document { id } } mentionedIn { id }"
)

STATEMENT_SELECTION = f"""id subject {{ id name kind }} predicate {{ id label }} object {{ id name kind }}
  value {{ __typename ... on Quantity {{ amount unit comparator }} ... on StringValue {{ text }} ... on TimeValue {{ {_TIME} }} }}
  qualifiers {{ pointInTime {{ {_TIME} }} start {{ {_TIME} }} end {{ {_TIME} }} role characterization note
    location {{ id name }} counterpart {{ id name }} via {{ id name }} }}
  onBehalfOf {{ entity {{ id name }} inferred }} inferred inferredFrom {{ id }}
  evidence {{ {_EVIDENCE} }}"""

POSITION_SELECTION = f"""id holder {{ id name kind }} onBehalfOf {{ id name }} topic {{ id name kind }} stance polarity speech summary
  venue {{ id name }} date {{ {_TIME} }} evidence {{ {_EVIDENCE} }}"""

EDGE_STATEMENT_SELECTION = "id subject { id } object { id } predicate { id label } time { value } evidence { document { id } quote start end }"
EDGE_POSITION_SELECTION = "id holder { id } topic { id } stance polarity speech summary date { value } evidence { document { id } quote start end }"

Row = Dict[str, Any]


def _get(node: Optional[Row], key: str) -> Any:
    return None if node is None else node.get(key)


def _time(prefix: str, t: Optional[Row]) -> Row:
    return {
        prefix: _get(t, "value"),
        f"{prefix}Precision": _get(t, "precision"),
        f"{prefix}Earliest": _get(t, "earliest"),
        f"{prefix}Latest": _get(t, "latest"),
        f"{prefix}Inferred": _get(t, "inferred"),
        f"{prefix}Source": _get(t, "source"),
        f"{prefix}DerivedFrom": _get(_get(t, "derivedFrom"), "id"),
    }


def _evidence(all_evidence: List[Row], index: int) -> Row:
    e = all_evidence[index]
    return {
        "evidenceIndex": index,
        "evidenceCount": len(all_evidence),
        "document": e["document"]["id"],
        "quote": e["quote"],
        "exact": e["exact"],
        "start": e["start"],
        "end": e["end"],
        "sentence": e["sentence"],
        "paragraph": e["paragraph"],
    }


def entity_row(e: Row) -> Row:
    """The ``entities.csv`` row of an entity answered with :data:`ENTITY_SELECTION`."""
    attributes = {a["key"]: a["value"] for a in e["attributes"]}
    return {
        "id": e["id"],
        "kind": e["kind"],
        "name": e["name"],
        "description": e["description"],
        "iso2": attributes.get("iso2"),
        "acronym": attributes.get("acronym"),
        "statements": e["statementCount"],
        "positions": len(e["positions"]),
        "positionsAbout": len(e["positionsAbout"]),
        "mentions": len(e["mentions"]),
        "documents": len(e["mentionedIn"]),
    }


def _value_columns(v: Optional[Row]) -> Row:
    kind = None if v is None else v["__typename"]
    if kind == "Quantity":
        text = f"{v['comparator'].lower()} {_number(v['amount'])} {v['unit']}"  # type: ignore[index]
    elif kind == "StringValue":
        text = v["text"]  # type: ignore[index]
    else:
        text = _get(v, "value")
    return {
        "valueType": None if kind is None else {"Quantity": "QUANTITY", "StringValue": "STRING", "TimeValue": "TIME"}[kind],
        "value": text,
        "amount": _get(v, "amount"),
        "unit": _get(v, "unit"),
        "comparator": _get(v, "comparator"),
        "text": _get(v, "text"),
        "time": _get(v, "value") if kind == "TimeValue" else None,
        "timePrecision": _get(v, "precision") if kind == "TimeValue" else None,
    }


def _number(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else repr(amount)


def statement_rows(s: Row) -> List[Row]:
    """The ``statements.csv`` rows (one per evidence) of a statement answered with :data:`STATEMENT_SELECTION`."""
    q = s["qualifiers"]
    shared: Row = {
        "statement": s["id"],
        "subject": s["subject"]["id"],
        "subjectName": s["subject"]["name"],
        "subjectKind": s["subject"]["kind"],
        "predicate": s["predicate"]["id"],
        "predicateLabel": s["predicate"]["label"],
        "object": _get(s["object"], "id"),
        "objectName": _get(s["object"], "name"),
        "objectKind": _get(s["object"], "kind"),
        **_value_columns(s["value"]),
        **_time("pointInTime", q["pointInTime"]),
        **_time("startTime", q["start"]),
        **_time("endTime", q["end"]),
        "role": q["role"],
        "characterization": q["characterization"],
        "note": q["note"],
    }
    for key in ("location", "counterpart", "via"):
        shared[key] = _get(q[key], "id")
        shared[f"{key}Name"] = _get(q[key], "name")
    on_behalf_of = s["onBehalfOf"]
    shared["onBehalfOf"] = _get(_get(on_behalf_of, "entity"), "id")
    shared["onBehalfOfName"] = _get(_get(on_behalf_of, "entity"), "name")
    shared["onBehalfOfInferred"] = _get(on_behalf_of, "inferred")
    shared["inferred"] = s["inferred"]
    shared["inferredFrom"] = _get(s["inferredFrom"], "id")
    return [{**shared, **_evidence(s["evidence"], i)} for i in range(len(s["evidence"]))]


def position_rows(p: Row) -> List[Row]:
    """The ``positions.csv`` rows (one per evidence) of a position answered with :data:`POSITION_SELECTION`."""
    shared: Row = {
        "position": p["id"],
        "holder": p["holder"]["id"],
        "holderName": p["holder"]["name"],
        "holderKind": p["holder"]["kind"],
        "onBehalfOf": _get(p["onBehalfOf"], "id"),
        "onBehalfOfName": _get(p["onBehalfOf"], "name"),
        "topic": p["topic"]["id"],
        "topicName": p["topic"]["name"],
        "topicKind": p["topic"]["kind"],
        "stance": p["stance"],
        "polarity": p["polarity"],
        "speech": p["speech"],
        "summary": p["summary"],
        "venue": _get(p["venue"], "id"),
        "venueName": _get(p["venue"], "name"),
        **_time("date", p["date"]),
    }
    return [{**shared, **_evidence(p["evidence"], i)} for i in range(len(p["evidence"]))]


def _edge_evidence(node: Row) -> List[Row]:
    return [{"document": e["document"]["id"], "quote": e["quote"], "start": e["start"], "end": e["end"]} for e in node["evidence"]]


def statement_edge(s: Row) -> Row:
    """Edge attributes of a statement answered with :data:`EDGE_STATEMENT_SELECTION`."""
    return {
        "link": "STATEMENT",
        "predicate": s["predicate"]["id"],
        "label": s["predicate"]["label"],
        "time": _get(s["time"], "value"),
        "evidence": _edge_evidence(s),
    }


def position_edge(p: Row) -> Row:
    """Edge attributes of a position answered with :data:`EDGE_POSITION_SELECTION`."""
    return {
        "link": "POSITION",
        "predicate": "position_on",
        "label": "position on",
        "stance": p["stance"],
        "polarity": p["polarity"],
        "speech": p["speech"],
        "summary": p["summary"],
        "time": _get(p["date"], "value"),
        "evidence": _edge_evidence(p),
    }
