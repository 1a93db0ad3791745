#!/usr/bin/env bash
# Builds every variant of the i18n weigh-in the same way (release profile,
# `--cfg erase_components`, wasm-bindgen --target web, wasm-opt -Oz) and
# prints what each ships: raw and gzip -9 bytes of the wasm, the JS glue
# and any translation JSON, and what each adds over the floor. README.md
# says what the variants are.
#
#   ./measure.sh                  all variants
#   ./measure.sh leptos_fluent    some of them (floor and hand always built)
#
# Environment: CARGO_TARGET_DIR (default /root/.cache/i18n-weigh-target),
# JOBS (cargo -j, default 1), NICE (default 15), WASM_BINDGEN and WASM_OPT
# (the tools; wasm-bindgen must be 0.2.130, as in each Cargo.lock).
# The table is also written to out/results.md, and the bytes to
# out/results.tsv, in this folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/root/.cache/i18n-weigh-target}"
JOBS="${JOBS:-1}"
NICE="${NICE:-15}"
WASM_BINDGEN="${WASM_BINDGEN:-wasm-bindgen}"
WASM_OPT="${WASM_OPT:-$repo/tools/node_modules/binaryen/bin/wasm-opt}"

all=(floor hand leptos_i18n leptos_i18n_dynamic leptos_fluent)
if [ "$#" -gt 0 ]; then
    variants=(floor hand)
    for v in "$@"; do [ "$v" = floor ] || [ "$v" = hand ] || variants+=("$v"); done
else
    variants=("${all[@]}")
fi

raw() { wc -c < "$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }

# Each variant's package name, from its Cargo.toml.
package() { sed -n 's/^name = "\(.*\)"$/\1/p' "$1/Cargo.toml" | head -n 1; }

"$WASM_BINDGEN" --version | grep -q '^wasm-bindgen 0\.2\.130$' \
    || { echo "measure.sh: need wasm-bindgen 0.2.130 (WASM_BINDGEN)" >&2; exit 1; }
[ -x "$WASM_OPT" ] || { echo "measure.sh: no wasm-opt at $WASM_OPT (WASM_OPT)" >&2; exit 1; }

mkdir -p "$here/out"
tsv="$here/out/results.tsv"
printf 'variant\twasm_raw\twasm_gz\tjs_raw\tjs_gz\tjson\tjson_raw\tjson_gz\n' > "$tsv"

for v in "${variants[@]}"; do
    dir="$here/$v"
    pkg="$(package "$dir")"
    echo "== $v ($pkg)" >&2
    (
        cd "$dir"
        RUSTFLAGS="--cfg erase_components" nice -n "$NICE" \
            cargo build -j "$JOBS" --locked --release --target wasm32-unknown-unknown
        rm -f out/app.js out/app_bg.wasm
        "$WASM_BINDGEN" --target web --no-typescript --out-dir out --out-name app \
            "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/$pkg.wasm"
        nice -n "$NICE" "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
            --enable-sign-ext --enable-reference-types --enable-multivalue \
            --enable-mutable-globals out/app_bg.wasm -o out/app_bg.wasm
    ) >&2
    wasm="$dir/out/app_bg.wasm"
    js="$dir/out/app.js"
    # Translation files fetched at run time (leptos_i18n_dynamic's build.rs
    # writes them to out/i18n/): one line each.
    json_names=""; json_raw=""; json_gz=""
    if [ -d "$dir/out/i18n" ]; then
        for f in "$dir"/out/i18n/*.json; do
            json_names+="${json_names:+,}$(basename "$f")"
            json_raw+="${json_raw:+,}$(raw "$f")"
            json_gz+="${json_gz:+,}$(gz "$f")"
        done
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$v" "$(raw "$wasm")" "$(gz "$wasm")" \
        "$(raw "$js")" "$(gz "$js")" "${json_names:--}" "${json_raw:--}" "${json_gz:--}" >> "$tsv"
done

# The table: KB = 1000 bytes. "Over floor" is the wasm + JS, gzip -9, over
# the floor's; for a variant with JSON, the next column adds the JSON of the
# largest language (what a first load fetches besides the wasm and JS).
# "Over hand" is the same against the hand-written strings (the same 40
# strings in the same view, no library): what the library itself costs.
{
    echo "| variant | wasm raw KB | wasm gzip KB | JS raw KB | JS gzip KB | JSON per language gzip KB (raw KB) | over floor, wasm+JS gzip KB | over floor incl. one language's JSON, gzip KB | over hand, wasm+JS gzip KB |"
    echo "|---|---:|---:|---:|---:|---|---:|---:|---:|"
    awk -F '\t' 'NR == 1 { next }
        function kb(b) { return sprintf("%.2f", b / 1000) }
        $1 == "floor" { base = $3 + $5 }
        $1 == "hand" { hand = $3 + $5 }
        {
            json = "-"; extra = 0
            if ($6 != "-") {
                n = split($6, names, ","); split($7, raws, ","); split($8, gzs, ",")
                json = ""
                for (i = 1; i <= n; i++) {
                    sub(/\.json$/, "", names[i])
                    json = json (i > 1 ? ", " : "") names[i] " " kb(gzs[i]) " (" kb(raws[i]) ")"
                    if (gzs[i] + 0 > extra) extra = gzs[i] + 0
                }
            }
            added = $3 + $5 - base
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, kb($2), kb($3), kb($4), kb($5), json, \
                ($1 == "floor" ? "0 (baseline)" : sprintf("%+.2f", added / 1000)), \
                ($6 == "-" ? "-" : sprintf("%+.2f", (added + extra) / 1000)), \
                ($1 == "floor" ? "-" : $1 == "hand" ? "0 (baseline)" : sprintf("%+.2f", ($3 + $5 - hand) / 1000))
        }' "$tsv"
} | tee "$here/out/results.md"
