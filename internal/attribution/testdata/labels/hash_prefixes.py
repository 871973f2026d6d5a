#!/usr/bin/env python3
"""Replace each label line's sentence prefix by '#K:HASH' (K = words hashed, at most 8;
HASH = first 12 hex digits of SHA-1 of the first K whitespace-separated words joined by one
space), so that no copyrighted text is stored. Usage: hash_prefixes.py IN OUT"""
import hashlib, sys
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#") or line.startswith("===") or " => " not in line:
        out.append(line); continue
    prefix, rest = line.split(" => ", 1)
    words = prefix.split()[:8]
    h = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:12]
    out.append("#%d:%s => %s" % (len(words), h, rest))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
