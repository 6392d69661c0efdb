#!/usr/bin/env bash
# The main job on the samples: build, ingest samples/kz into a fresh store,
# ask "who accuses whom", and write the graph as DOT, GEXF and SVG under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh >/dev/null
kz=build/kzgraph
db=out/kzgraph.db
rm -rf "$db"
mkdir -p out
$kz ingest --db "$db" samples/kz
$kz stats --db "$db"
echo
echo '$ kzgraph query "who accuses whom"'
$kz query --db "$db" "who accuses whom"
$kz export --db "$db" --format dot -o out/graph.dot
$kz export --db "$db" --format gexf -o out/graph.gexf
$kz export --db "$db" --format svg -o out/graph.svg
echo
echo "wrote out/graph.dot, out/graph.gexf (open in Gephi) and out/graph.svg"
