#!/usr/bin/env bash
# Builds the release package: dist/sonoran-fivem-<version>.zip holding the resource folder sonoran-fivem/ exactly as a
# server needs it (see docs/release.md). Needs bash, the .NET SDK 10 and python3 (for zipfile); nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

name=sonoran-fivem
version=$(dotnet msbuild src/SonoranFiveM.Server/SonoranFiveM.Server.csproj -nologo -getProperty:Version)
[[ "$version" =~ ^[0-9A-Za-z.+-]+$ ]] || { echo "pack: Directory.Build.props gives no usable Version ('$version')"; exit 1; }

echo "pack: Release build of $name $version"
dotnet build -c Release src/SonoranFiveM.Server/SonoranFiveM.Server.csproj -nologo -v q

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/resource/vendor"

# The package's fxmanifest carries the version of Directory.Build.props and no build note.
sed -e "s/^version '[^']*'/version '$version'/" -e '/^-- Built by /d' fxmanifest.lua > "$root/fxmanifest.lua"
grep -q "^version '$version'$" "$root/fxmanifest.lua" || { echo "pack: fxmanifest.lua has no version line to stamp"; exit 1; }
cp LICENSE INSTALL.md config.example.json "$root/"
cp resource/*.dll resource/client.lua resource/sonoran-hub.js resource/server.cfg.example "$root/resource/"
cp resource/vendor/ws.js resource/vendor/ws.LICENSE "$root/resource/vendor/"

if ls "$root"/resource/CitizenFX*.dll >/dev/null 2>&1; then
  echo "pack: the CitizenFX facade is in resource/; it must never ship"; exit 1
fi
# Every script fxmanifest.lua loads is in the package.
for script in $(sed -n "s/^\(server\|client\)_script '\([^']*\)'.*/\2/p" "$root/fxmanifest.lua"); do
  test -f "$root/$script" || { echo "pack: fxmanifest.lua loads $script, which is not in the package"; exit 1; }
done

mkdir -p dist
zip="dist/$name-$version.zip"
python3 - "$stage" "$name" "$zip" <<'PY'
import os, sys, zipfile
stage, name, out = sys.argv[1:]
with zipfile.ZipFile(out + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
    for folder, dirs, files in os.walk(os.path.join(stage, name)):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(folder, f)
            z.write(path, os.path.relpath(path, stage))
os.replace(out + ".tmp", out)
PY
echo "pack: $zip"
python3 -m zipfile -l "$zip"
