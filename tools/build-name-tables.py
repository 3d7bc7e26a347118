#!/usr/bin/env python3
"""Rebuilds the reading tables that org.liaison.matching ships as resources.

Inputs (Debian packages on the build machines):
  m17n-db       /usr/share/m17n/vi-han.mim                 Hue CIT, LGPL-2.1-or-later
  unicode-data  /usr/share/unicode/Unihan_Readings.txt.bz2 Unicode licence
                /usr/share/unicode/Unihan_Variants.txt.bz2 Unicode licence

Outputs (src/main/resources/matching/):
  han-viet.tsv  character <TAB> Hán-Việt readings, space separated (Vietnamese, NFC) <TAB> frequency rank
                (0 = most frequent: Unihan kFrequency, kHanyuPinlu corpus counts, then vi-han.mim's order)
  mandarin.tsv  character <TAB> pinyin readings with tone marks, most common first
  variants.tsv  traditional character <TAB> simplified character
  surnames.tsv  character <TAB> its pinyin as a name's first character where ICU4J's Han-Latin/Names differs
                from mandarin.tsv's first reading (曾 zēng, 单 shàn), by tools/SurnameReadings.java (--icu-jar)
  NOTICE-han-viet.txt, NOTICE-unihan.txt, NOTICE-icu.txt, LGPL-2.1.txt   licence notices of the sources

Usage: python3 tools/build-name-tables.py [--out DIR] [--icu-jar PATH]   (java >= 11 on PATH for surnames.tsv)
The output is deterministic: rerunning it on the same inputs gives the same bytes.
"""
import argparse
import bz2
import os
import re
import shutil
import subprocess
import sys
import unicodedata

MIM = "/usr/share/m17n/vi-han.mim"
READINGS = "/usr/share/unicode/Unihan_Readings.txt.bz2"
DICTIONARY_LIKE = "/usr/share/unicode/Unihan_DictionaryLikeData.txt.bz2"
VARIANTS = "/usr/share/unicode/Unihan_Variants.txt.bz2"
LGPL = "/usr/share/common-licenses/LGPL-2.1"
UNICODE_COPYRIGHT = "/usr/share/doc/unicode-data/copyright"

# Telex: tone keys at the end of a syllable, vowel keys doubled or followed by w.
TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
VOWEL_KEYS = [("dd", "đ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"), ("w", "ư")]
VOWELS = "aăâeêioôơuưy"
MODIFIED = "ăâêôơư"


def telex_to_vietnamese(key):
    tone = ""
    if len(key) > 1 and key[-1] in TONES:
        tone, key = TONES[key[-1]], key[:-1]
    letters = key
    for k, v in VOWEL_KEYS:
        letters = letters.replace(k, v)
    return place_tone(letters, tone)


def place_tone(letters, tone):
    """Puts the tone mark where traditional (old-style) Vietnamese spelling puts it: hòa, thụy."""
    if not tone:
        return unicodedata.normalize("NFC", letters)
    start = 0
    if letters.startswith("qu") or (letters.startswith("gi") and len(letters) > 2 and letters[2] in VOWELS):
        start = 2
    idx = [i for i in range(start, len(letters)) if letters[i] in VOWELS]
    if not idx:  # "gi" alone, e.g. "gì"
        idx = [i for i in range(len(letters)) if letters[i] in VOWELS]
    if not idx:
        raise ValueError("no vowel in " + letters)
    # the vowel run (Vietnamese syllables have a single one)
    run = []
    for i in idx:
        if not run or i == run[-1] + 1:
            run.append(i)
    mods = [i for i in run if letters[i] in MODIFIED]
    if mods:
        pos = mods[-1]  # ươ: on ơ
    elif run[-1] < len(letters) - 1:  # closed syllable: last vowel
        pos = run[-1]
    elif len(run) >= 3:
        pos = run[1]
    else:
        pos = run[0]
    return unicodedata.normalize("NFC", letters[: pos + 1] + tone + letters[pos + 1:])


def read_mim(path):
    """syllable -> characters, in the file's order."""
    out = {}
    rx = re.compile(r'^\s*\("([a-z]+)"\s+\("([^"]*)"\)\)')
    in_map = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" (map") and not line.startswith(" (map\n") and "starter" not in line:
                pass
            if line.strip() == "(map":
                in_map = True
                continue
            if not in_map:
                continue
            m = rx.match(line)
            if m and m.group(1) != "z":  # "z" holds punctuation for the fullwidth mode
                out[m.group(1)] = m.group(2)
    return out


def unihan(path):
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            yield chr(int(cp[2:], 16)), field, value


def is_han(ch):
    cp = ord(ch)
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3134F


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "matching"))
    ap.add_argument("--icu-jar", default=os.path.expanduser("~/.m2/repository/com/ibm/icu/icu4j/78.1/icu4j-78.1.jar"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    # Hán-Việt: invert syllable -> characters.
    hv, rank = {}, {}
    for key, chars in read_mim(MIM).items():
        syllable = telex_to_vietnamese(key)
        for pos, ch in enumerate(chars):
            if is_han(ch):
                hv.setdefault(ch, [])
                if syllable not in hv[ch]:
                    hv[ch].append(syllable)
                # the input method lists a syllable's characters most frequent first
                rank[ch] = min(rank.get(ch, pos), pos)

    # Mandarin: kMandarin first (the most common reading), then the dictionary fields.
    primary, others, frequency = {}, {}, {}
    for ch, field, value in unihan(READINGS):
        if field == "kHanyuPinlu":  # counts in a corpus of modern Chinese: wén(1234) wèn(5)
            frequency[ch] = sum(int(x) for x in re.findall(r"\((\d+)\)", value))
        elif field == "kMandarin":
            primary[ch] = value.split()
        elif field in ("kHanyuPinyin", "kXHC1983", "kTGHZ2013"):
            for entry in value.split():
                for r in entry.split(":", 1)[1].split(","):
                    others.setdefault(ch, [])
                    if r not in others[ch]:
                        others[ch].append(r)

    simplified, traditional = {}, {}
    for ch, field, value in unihan(VARIANTS):
        targets = [chr(int(v.split("<")[0][2:], 16)) for v in value.split()]
        if field == "kSimplifiedVariant":
            simplified[ch] = targets
        elif field == "kTraditionalVariant":
            traditional[ch] = targets
    # Fold a character to simplified only when it is not itself also a simplified form (乾 stays 乾).
    fold = {}
    for ch, targets in simplified.items():
        if ch not in targets and targets:
            fold[ch] = targets[0]

    mandarin = {}
    for ch in sorted(set(primary) | set(others)):
        readings = list(primary.get(ch, []))
        for r in others.get(ch, []):
            if r not in readings:
                readings.append(r)
        # a simplified character inherits the dictionary readings of its traditional forms (单 <- 單 shàn)
        for t in traditional.get(ch, []):
            if t != ch:
                for r in primary.get(t, []) + others.get(t, []):
                    if r not in readings:
                        readings.append(r)
        mandarin[ch] = readings
    # a traditional character absent from the Hán-Việt table borrows the readings of its simplified form
    for trad, simp in fold.items():
        if trad not in hv and simp in hv:
            hv[trad] = list(hv[simp])
        elif simp not in hv and trad in hv:
            hv[simp] = list(hv[trad])
        if simp in rank or trad in rank:
            r = min(rank.get(simp, 99), rank.get(trad, 99))
            rank[simp] = rank[trad] = r

    def write(name, rows, header):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(header)
            for k in sorted(rows):
                f.write(k + "\t" + rows[k] + "\n")

    src = "# Generated by tools/build-name-tables.py from %s; see %s. Do not edit.\n"
    for trad, simp in fold.items():  # the corpus counts one form of a pair only
        f = max(frequency.get(trad, 0), frequency.get(simp, 0))
        if f:
            frequency[trad] = frequency[simp] = f
    usage = {ch: int(v) for ch, field, v in unihan(DICTIONARY_LIKE) if field == "kFrequency"}  # 1 = most used
    # frequency rank: usage class (kFrequency), then corpus counts (kHanyuPinlu), then the input method's order
    order = sorted(hv, key=lambda c: (usage.get(c, 9), -frequency.get(c, 0), rank.get(c, 99), c))
    ordinal = {c: i for i, c in enumerate(order)}
    write("han-viet.tsv", {c: " ".join(r) + "\t" + str(ordinal[c]) for c, r in hv.items()},
          src % ("m17n-db vi-han.mim (Hue CIT)", "NOTICE-han-viet.txt"))
    write("mandarin.tsv", {c: " ".join(r) for c, r in mandarin.items() if r and (ord(c) <= 0xFFFF)},
          src % ("Unihan_Readings.txt (kMandarin, kHanyuPinyin, kXHC1983, kTGHZ2013)", "NOTICE-unihan.txt"))
    write("variants.tsv", fold, src % ("Unihan_Variants.txt (kSimplifiedVariant)", "NOTICE-unihan.txt"))

    with open(os.path.join(args.out, "NOTICE-han-viet.txt"), "w", encoding="utf-8") as f:
        f.write("""han-viet.tsv is derived from vi-han.mim of the m17n database (Debian package m17n-db):

  vi-han.mim -- Han Viet input method with Viet-Phonetic sequence
  Copyright (C) 2007 Thua Thien Hue Center of Information Technology (HueCIT, Vietnam)
  This file is part of the m17n contrib; a sub-part of the m17n library.

  The m17n library is free software; you can redistribute it and/or modify it under the terms
  of the GNU Lesser General Public License as published by the Free Software Foundation; either
  version 2.1 of the License, or (at your option) any later version. It is distributed WITHOUT
  ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR
  PURPOSE. See LGPL-2.1.txt beside this file.

  vi-han.mim's own notice: its map was generated from the Unihan database of the Unicode
  Character Database (kMandarin, kHanyuPinlu), governed by the Unicode licence (NOTICE-unihan.txt).

Modification: the input method's syllable -> characters map was inverted into
character -> Hán-Việt readings, its Telex key sequences spelled out as Vietnamese
(tone mark placed in the traditional position), and traditional/simplified characters
missing from it given the readings of their counterpart (Unihan kSimplifiedVariant).
The derived table is distributed under the same licence (LGPL-2.1-or-later).
Rebuild it with tools/build-name-tables.py.
""")
    with open(os.path.join(args.out, "NOTICE-unihan.txt"), "w", encoding="utf-8") as f:
        f.write("mandarin.tsv and variants.tsv are derived from the Unihan database, Unicode 15.0.0\n"
                "(Debian package unicode-data): Unihan_Readings.txt fields kMandarin, kHanyuPinyin,\n"
                "kXHC1983, kTGHZ2013 and Unihan_Variants.txt field kSimplifiedVariant.\n"
                "Unihan_DictionaryLikeData.txt (kFrequency) and kHanyuPinlu order han-viet.tsv's frequency rank.\n"
                "Modification: readings merged per character (kMandarin first), a simplified character\n"
                "given the readings of its traditional forms; rebuild with tools/build-name-tables.py.\n\n")
        with open(UNICODE_COPYRIGHT, encoding="utf-8") as c:
            f.write(c.read())
    shutil.copyfile(LGPL, os.path.join(args.out, "LGPL-2.1.txt"))
    with open(os.path.join(args.out, "NOTICE-icu.txt"), "w", encoding="utf-8") as f:
        f.write("surnames.tsv is derived from ICU4J 78.1 (its Han-Latin/Names transliterator):\n"
                "Copyright (C) 2016 and later Unicode, Inc. and others, distributed under the Unicode License v3\n"
                "(SPDX: Unicode-3.0, https://www.unicode.org/license.txt). Modification: only the characters whose\n"
                "reading as a name's first character differs from mandarin.tsv are kept. Rebuild with tools/build-name-tables.py.\n")
    if os.path.exists(args.icu_jar) and shutil.which("java"):
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.run(["java", "-cp", args.icu_jar, os.path.join(here, "SurnameReadings.java"),
                        os.path.join(args.out, "mandarin.tsv"), os.path.join(args.out, "surnames.tsv")], check=True)
    else:
        print("surnames.tsv kept as it is: no java on PATH or no ICU4J jar at " + args.icu_jar, file=sys.stderr)

    print("han-viet.tsv: %d characters, %d readings" % (len(hv), sum(len(v) for v in hv.values())))
    print("mandarin.tsv: %d characters" % sum(1 for c, r in mandarin.items() if r and ord(c) <= 0xFFFF))
    print("variants.tsv: %d traditional -> simplified" % len(fold))


if __name__ == "__main__":
    sys.exit(main())
