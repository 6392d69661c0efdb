#!/usr/bin/env bash
# Installs kzgraph's build and test dependencies (Debian 12 packages) when any
# is missing. Needs root (or sudo) only when something must be installed.
set -euo pipefail
packages=(build-essential cmake pkg-config librocksdb-dev libboost-graph-dev rapidjson-dev
          libcli11-dev catch2 libicu-dev libstemmer-dev libjemalloc-dev graphviz libxml2-utils python3
          python3-networkx)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3 may come from elsewhere (pyenv) with networkx already importable.
if [[ " ${missing[*]} " == *" python3-networkx "* ]] && python3 -c 'import networkx' 2>/dev/null; then
  missing=("${missing[@]/python3-networkx}")
fi
read -r -a missing <<<"${missing[*]}"
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
