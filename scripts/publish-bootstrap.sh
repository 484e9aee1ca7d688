#!/usr/bin/env bash
# Publishes the handlers as the one Native AOT `bootstrap` executable for provided.al2023.
# The CDK stack bundles it and the local runtime's process mode runs it: one build path for both.
#
#   scripts/publish-bootstrap.sh [OUTPUT_DIR] [RUNTIME_ID]
#     OUTPUT_DIR  default artifacts/bootstrap/<RUNTIME_ID>
#     RUNTIME_ID  linux-x64 (default) or linux-arm64 (needs an arm64 host or cross toolchain)
#   BOOTSTRAP_FLAVOR=jit publishes the same code framework-dependent for the JIT (bootstrap.dll), for comparison.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rid="${2:-linux-x64}"
flavor="${BOOTSTRAP_FLAVOR:-aot}"
case "$flavor" in
  aot) out="${1:-$repo/artifacts/bootstrap/$rid}"
       aot_args=(-r "$rid" -p:PublishAot=true) ;;
  jit) out="${1:-$repo/artifacts/bootstrap-jit}"
       aot_args=(-p:PublishAot=false --no-self-contained) ;;
  *)   echo "publish-bootstrap: BOOTSTRAP_FLAVOR must be aot or jit, not '$flavor'" >&2; exit 2 ;;
esac
mkdir -p "$out" "$repo/artifacts/build"
# Builds of one flavor and runtime share an intermediate folder of their own (never Handlers/obj, which
# IDE and test builds use) and take turns, so concurrent publishes (cdk synth, tests) cannot collide.
build="$repo/artifacts/build/$flavor-$rid"
exec 9>"$build.lock"
flock 9
dotnet publish "$repo/Handlers/Handlers.csproj" -c Release "${aot_args[@]}" -o "$out" --nologo -v quiet \
  --artifacts-path "$build" -p:DebugType=none
if [[ "$flavor" == aot && ! -x "$out/bootstrap" ]]; then
  echo "publish-bootstrap: $out/bootstrap was not produced" >&2
  exit 1
fi
echo "$out"
