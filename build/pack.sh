#!/usr/bin/env bash
# Packs what plugin authors consume into build/artifacts/packages, the local feed NuGet.config maps
# Platform.Sdk* to: Platform.Sdk (with package validation against the released version in
# sdk/baselines, so a breaking change to its public API fails here), Platform.Sdk.Testing (the
# conformance kit) and Platform.Sdk.Templates (`dotnet new partner-plugin`). Offline: it needs only
# the packages restore already uses. See sdk/README.md, "Packaging and versioning".
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out="$root/build/artifacts/packages"
mkdir -p "$out"

for project in sdk/Platform.Sdk sdk/Platform.Sdk.Testing sdk/templates/Platform.Sdk.Templates.csproj; do
  echo "Packing $project"
  dotnet pack "$project" -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly -p:ContinuousIntegrationBuild=true
done

# A version packed again has new content under the same number; NuGet would keep serving the copy it
# extracted earlier, so forget those copies and let the next restore take the packages just made.
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for id in platform.sdk platform.sdk.testing platform.sdk.templates; do
  rm -rf "${packages:?}/$id"
done

ls -1 "$out"/*.nupkg
