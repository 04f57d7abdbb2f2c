#!/usr/bin/env python3
"""Build-time generator: jieba's word list and HMM tables -> one binary blob.

Reads Debian python3-jieba's dict.txt ("word freq tag" per line) and the
finalseg HMM tables (prob_start.py, prob_trans.py, prob_emit.py), and writes
<out>.cc: one binary blob as a C++ array, compiled into the library and read
in place by lib/segment/word_dict.cc.

Doing this at build time is what keeps the word breaker's start-up near zero:
the library never parses 5 MB of text, it points into read-only memory.

Blob layout (little-endian, every field 4 bytes, so every array is aligned):
  header   magic "MBWD", version, node_count, emit_count,
           unknown_logp (f32), start[4] (f32), trans[4][4] (f32)  (B M E S)
  nodes    {label u32, logp f32, child_begin u32}[node_count + 1]
           a trie in BFS order: node 0 is the root; the children of node k
           are nodes child_begin[k] .. child_begin[k+1]-1, sorted by label
           (the code point on the edge into them); logp is ln(freq / total)
           if a word ends at the node, else 0. The last record is a
           sentinel that only ends the last node's children. Label, logp and
           child range sit together so that one step of a walk touches one
           or two cache lines.
  root_bmp     u32[65536]           root child for a BMP code point, 0 if none
  emit_cp      u32[emit_count]      sorted code points with HMM emissions
  emit         f32[emit_count][4]   ln P(char | state), state order B M E S;
                                    NO_EMIT where the state never emits it

Only words made entirely of Han characters are kept: the word breaker hands
the dictionary Han runs only (numbers, latin and punctuation are recognised
before), so other entries could never match.

Only the Python standard library is used; the HMM tables are Python literals
read with ast.literal_eval (never executed).
"""
import argparse
import ast
import math
import os
import struct
import sys

STATES = "BMES"
NO_EMIT = -3.0e38  # finite stand-in for jieba's MIN_FLOAT (-3.14e100)


def is_han(c):
    o = ord(c)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or o == 0x3007 or
            0x20000 <= o <= 0x2EBEF or 0xF900 <= o <= 0xFAFF)


def read_dict(path):
    freq = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) < 2 or not parts[1].isdigit():
                sys.exit(f"{path}:{n}: expected 'word freq [tag]'")
            freq[parts[0]] = freq.get(parts[0], 0) + int(parts[1])
    if not freq:
        sys.exit(f"{path}: no words")
    return freq


def read_table(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    at = text.find("P=")
    if at < 0:
        sys.exit(f"{path}: no 'P=' table")
    return ast.literal_eval(text[at + 2:].strip())


def build_trie(words):
    """words: {code point tuple: logp}. Returns BFS arrays."""
    # Nested dict trie, then BFS numbering so each node's children are contiguous.
    root = {}
    ends = {}
    for w, lp in words.items():
        node = root
        for c in w:
            node = node.setdefault(c, {})
        ends[id(node)] = lp
    child_begin, label, logp = [], [0], [ends.get(id(root), 0.0)]
    queue = [root]
    next_id = 1
    for node in queue:  # queue grows while iterating: plain BFS
        child_begin.append(next_id)
        for c in sorted(node):
            child = node[c]
            label.append(c)
            logp.append(ends.get(id(child), 0.0))
            queue.append(child)
            next_id += 1
    child_begin.append(next_id)
    return child_begin, label, logp


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", required=True)
    ap.add_argument("--finalseg", required=True, help="jieba's finalseg directory")
    ap.add_argument("--out", required=True, help="output path without extension")
    ap.add_argument("--symbol", default="word_dict_blob")
    args = ap.parse_args()

    freq = read_dict(args.dict)
    total = sum(freq.values())
    log_total = math.log(total)
    words = {}
    for w, f in freq.items():
        if f > 0 and all(is_han(c) for c in w):
            words[tuple(ord(c) for c in w)] = math.log(f) - log_total
    child_begin, label, logp = build_trie(words)
    node_count = len(label)

    root_bmp = [0] * 65536
    for k in range(child_begin[0], child_begin[1]):
        if label[k] < 65536:
            root_bmp[label[k]] = k

    start = read_table(os.path.join(args.finalseg, "prob_start.py"))
    trans = read_table(os.path.join(args.finalseg, "prob_trans.py"))
    emit = read_table(os.path.join(args.finalseg, "prob_emit.py"))

    def clamp(v):
        return max(v, NO_EMIT)

    emit_cps = sorted({ord(c) for s in STATES for c in emit[s] if len(c) == 1})
    out = bytearray()
    out += b"MBWD"
    out += struct.pack("<III", 2, node_count, len(emit_cps))
    out += struct.pack("<f", -log_total)  # a character jieba has never seen: freq 1
    out += struct.pack("<4f", *(clamp(start[s]) for s in STATES))
    for a in STATES:
        out += struct.pack("<4f", *(clamp(trans[a].get(b, NO_EMIT)) for b in STATES))
    for k in range(node_count):
        out += struct.pack("<IfI", label[k], logp[k], child_begin[k])
    out += struct.pack("<IfI", 0, 0.0, child_begin[node_count])
    out += struct.pack("<65536I", *root_bmp)
    out += struct.pack(f"<{len(emit_cps)}I", *emit_cps)
    for cp in emit_cps:
        c = chr(cp)
        out += struct.pack("<4f", *(clamp(emit[s].get(c, NO_EMIT)) for s in STATES))

    sym = args.symbol
    head = (f"// Generated by cmake/gen_word_dict.py from {args.dict}; do not edit.\n"
            f"// {len(words)} words, {node_count} trie nodes, {len(out)} bytes.\n"
            "#include <cstddef>\n")
    # A string literal of hex escapes: compilers read long string literals
    # quickly (GCC: under a second for this blob), unlike brace initializers.
    chunks = []
    for i in range(0, len(out), 64):
        chunks.append('"' + "".join(f"\\x{b:02x}" for b in out[i:i + 64]) + '"')
    body = ("namespace mubiao::data {\n"
            f"alignas(16) static const unsigned char {sym}_bytes[] =\n"
            + "\n".join(chunks) + ";\n"
            f"extern const unsigned char* const {sym} = {sym}_bytes;\n"
            f"extern const std::size_t {sym}_size = {len(out)};\n"
            "}  // namespace mubiao::data\n")
    cc_path = args.out + ".cc"
    with open(cc_path + ".tmp", "w", encoding="utf-8") as f:
        f.write(head + body)
    os.replace(cc_path + ".tmp", cc_path)


if __name__ == "__main__":
    main()
