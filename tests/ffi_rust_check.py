#!/usr/bin/env python3
"""Checks the Rust example's hand-written FFI declarations against the C header.

examples/rust/src/ffi.rs claims to declare <mubiao.h> "one for one". This
script reads both and fails when they disagree: a function missing on either
side, a parameter or return type that differs once C types are mapped to
their Rust spellings, an opaque type, typedef or constant that differs.

usage: ffi_rust_check.py capi/mubiao.h examples/rust/src/ffi.rs

(No bindgen: Debian's bindgen would generate other spellings, c_ulong for
size_t, ::std::os::raw paths, which would need this very mapping to compare.)
"""
import re
import sys

# C type (after whitespace normalisation) -> Rust spelling, for the
# primitive types the header uses. Typedefs and opaque structs of the header
# keep their names; pointers map as below.
PRIMITIVES = {
    "void": "()",
    "char": "c_char",
    "int": "c_int",
    "int32_t": "i32",
    "uint32_t": "u32",
    "int64_t": "i64",
    "uint64_t": "u64",
    "size_t": "usize",
    "double": "f64",
    "float": "f32",
}


def strip_c_comments(text):
    return re.sub(r"/\*.*?\*/", " ", text, flags=re.S)


def c_type_to_rust(c_type, known):
    """'const mubiao_error *' -> '*const mubiao_error'; 'char **' -> '*mut *mut c_char'."""
    t = " ".join(c_type.replace("*", " * ").split())
    tokens = t.split(" ")
    # Walk from the base type outwards: each '*' wraps what came before,
    # and a 'const' just before a '*' (or before the base) qualifies the
    # pointee.
    base_const = False
    i = 0
    if tokens[i] == "const":
        base_const = True
        i += 1
    base = tokens[i]
    i += 1
    if i < len(tokens) and tokens[i] == "const":
        base_const = True
        i += 1
    if base in PRIMITIVES:
        rust = PRIMITIVES[base]
    elif base in known:
        rust = base
    else:
        raise ValueError(f"unknown C type {base!r} in {c_type!r}")
    pointee_const = base_const
    while i < len(tokens):
        if tokens[i] != "*":
            raise ValueError(f"cannot read C type {c_type!r}")
        i += 1
        ptr_const = False
        if i < len(tokens) and tokens[i] == "const":  # 'char * const': the pointer itself
            ptr_const = True
            i += 1
        rust = ("*const " if pointee_const else "*mut ") + rust
        pointee_const = ptr_const
    return rust


def read_header(path):
    text = strip_c_comments(open(path, encoding="utf-8").read())
    opaque = set(re.findall(r"typedef\s+struct\s+(\w+)\s+\1\s*;", text))
    typedefs = dict((name, base) for base, name in
                    re.findall(r"typedef\s+(\w+)\s+(\w+)\s*;", text))
    known = opaque | set(typedefs)
    constants = {name: int(value) for name, value in
                 re.findall(r"#define\s+(MUBIAO_(?:OK|ERROR_\w+|LEVEL_\w+))\s+(-?\d+)\b", text)}
    functions = {}
    for ret, name, params in re.findall(r"MUBIAO_API\s+([^;(]*?)\s*\b(mubiao_\w+)\s*\(([^)]*)\)\s*;",
                                        text, flags=re.S):
        ret = ret.strip()
        # '*' may stick to the name: 'const char *mubiao_x(...)'.
        rust_params = []
        params = " ".join(params.split())
        if params not in ("void", ""):
            for p in params.split(","):
                m = re.match(r"^(.*?)(\w+)$", p.strip())
                if not m:
                    raise ValueError(f"cannot read parameter {p!r} of {name}")
                rust_params.append(c_type_to_rust(m.group(1), known))
        rust_ret = c_type_to_rust(ret, known)
        functions[name] = (tuple(rust_params), rust_ret)
    typedefs_rust = {name: PRIMITIVES.get(base, base) for name, base in typedefs.items()}
    return opaque, typedefs_rust, constants, functions


def normalise_rust_type(t):
    t = " ".join(t.replace("*", " *").split())
    t = re.sub(r"\*\s+", "*", t)
    t = re.sub(r"(?:std|core)::os::raw::|std::ffi::|core::ffi::|libc::", "", t)
    return t.strip()


def read_ffi(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"//[^\n]*", "", text)
    typedefs = dict(re.findall(r"pub\s+type\s+(\w+)\s*=\s*([\w:]+)\s*;", text))
    constants = {name: int(value) for name, value in
                 re.findall(r"pub\s+const\s+(\w+)\s*:\s*\w+\s*=\s*(-?\d+)\s*;", text)}
    opaque = set()
    m = re.search(r"opaque!\s*\(([^)]*)\)", text)
    if m:
        opaque |= {n.strip() for n in m.group(1).split(",") if n.strip()}
    opaque |= set(re.findall(r"pub\s+(?:struct|enum)\s+(\w+)\s*\{\s*_", text))
    functions = {}
    for block in re.findall(r'extern\s+"C"\s*\{(.*?)\n\}', text, flags=re.S):
        for name, params, ret in re.findall(
                r"pub\s+fn\s+(\w+)\s*\(([^)]*)\)\s*(?:->\s*([^;]+))?;", block, flags=re.S):
            types = []
            for p in params.split(","):
                p = p.strip()
                if not p:
                    continue
                _, _, t = p.partition(":")
                types.append(normalise_rust_type(t))
            functions[name] = (tuple(types), normalise_rust_type(ret) if ret else "()")
    return opaque, typedefs, constants, functions


def main(argv):
    if len(argv) != 3:
        print("usage: ffi_rust_check.py MUBIAO_H FFI_RS", file=sys.stderr)
        return 2
    c_opaque, c_typedefs, c_constants, c_functions = read_header(argv[1])
    r_opaque, r_typedefs, r_constants, r_functions = read_ffi(argv[2])
    errors = []
    if not c_functions:
        errors.append("no function read from the header: the parser is broken")
    for name in sorted(set(c_functions) - set(r_functions)):
        errors.append(f"{name}: in the header, not declared in ffi.rs")
    for name in sorted(set(r_functions) - set(c_functions)):
        errors.append(f"{name}: declared in ffi.rs, not in the header")
    for name in sorted(set(c_functions) & set(r_functions)):
        (cp, cr), (rp, rr) = c_functions[name], r_functions[name]
        if len(cp) != len(rp):
            errors.append(f"{name}: {len(cp)} parameters in the header, {len(rp)} in ffi.rs")
        for i, (a, b) in enumerate(zip(cp, rp)):
            if a != b:
                errors.append(f"{name}: parameter {i + 1} is {a} in the header, {b} in ffi.rs")
        if cr != rr:
            errors.append(f"{name}: returns {cr} in the header, {rr} in ffi.rs")
    for name in sorted(c_opaque ^ r_opaque):
        side = "the header" if name in c_opaque else "ffi.rs"
        errors.append(f"opaque type {name} only in {side}")
    for name, base in sorted(c_typedefs.items()):
        if r_typedefs.get(name) != base:
            errors.append(f"type {name} is {base} in the header, {r_typedefs.get(name)} in ffi.rs")
    for name, value in sorted(c_constants.items()):
        if r_constants.get(name) != value:
            errors.append(f"constant {name} is {value} in the header, {r_constants.get(name)} in ffi.rs")
    for e in errors:
        print("ffi.rs:", e)
    print(f"ffi.rs against {argv[1]}: {len(c_functions)} functions, {len(c_constants)} constants, "
          f"{len(c_opaque)} opaque types; {len(errors)} differences")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
