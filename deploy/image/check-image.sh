#!/usr/bin/env bash
# Runs a CadHire OCI image tarball (from `./mvnw -Pimage-offline package` or `-Pimage`) without a
# container engine: unpacks its layers into a root file system, starts the image's entrypoint
# there with chroot (needs root), on the image's environment and an H2 database inside that
# root, and waits for GET /livez and /readyz on a free port. Exits non-zero unless both answer 200.
#
#   sudo deploy/image/check-image.sh target/cadhire-image.tar
set -euo pipefail
image=$(readlink -f "${1:-target/cadhire-image.tar}")
[ -f "$image" ] || { echo "no image tarball at $image" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "chroot needs root" >&2; exit 1; }
work=$(mktemp -d /tmp/cadhire-image-check.XXXXXX)
pid=""
cleanup() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	mountpoint -q "$work/rootfs/proc" 2>/dev/null && umount "$work/rootfs/proc"
	rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/oci" "$work/rootfs"
tar -xf "$image" -C "$work/oci"
# index -> manifest -> config and layers, in order
python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
blob = lambda d: os.path.join(work, "oci", "blobs", *d.split(":"))
index = json.load(open(os.path.join(work, "oci", "index.json")))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
config = json.load(open(blob(manifest["config"]["digest"])))["config"]
with open(os.path.join(work, "layers"), "w") as f:
    for layer in manifest["layers"]:
        f.write(blob(layer["digest"]) + "\n")
with open(os.path.join(work, "env"), "w") as f:
    for e in config.get("Env", []):
        f.write(e + "\n")
with open(os.path.join(work, "entrypoint"), "w") as f:
    for a in config.get("Entrypoint", []) + (config.get("Cmd") or []):
        f.write(a + "\n")
with open(os.path.join(work, "workdir"), "w") as f:
    f.write(config.get("WorkingDir") or "/")
PY
while read -r layer; do
	tar -xzf "$layer" -C "$work/rootfs" --no-same-owner 2>/dev/null || tar -xf "$layer" -C "$work/rootfs"
done <"$work/layers"
echo "image: $(wc -l <"$work/layers") layers, $(du -sh "$work/rootfs" | cut -f1) unpacked"
echo "entrypoint: $(paste -sd' ' "$work/entrypoint")"

mkdir -p "$work/rootfs/proc" "$work/rootfs/tmp" "$work/rootfs/dev"
mount -t proc proc "$work/rootfs/proc" 2>/dev/null || echo "(no /proc in the chroot: mount refused)"
for dev in null zero random urandom; do
	[ -e "$work/rootfs/dev/$dev" ] || cp -a "/dev/$dev" "$work/rootfs/dev/$dev" 2>/dev/null || true
done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
management_port=$(free_port)
workdir=$(cat "$work/workdir")
mkdir -p "$work/rootfs$workdir"
mapfile -t env <"$work/env"
chroot=$(command -v chroot)
mapfile -t entrypoint <"$work/entrypoint"
# The image's environment only; the working directory the image names (H2's ./data lands there).
# The probes on the public port need the management server, here on a free loopback port.
(
	cd "$work/rootfs$workdir"
	exec env -i "${env[@]}" "$chroot" "$work/rootfs" "${entrypoint[@]}" \
		--server.port="$port" --management.server.port="$management_port" --cadhire.demo-data.enabled=false \
		--spring.datasource.url="jdbc:h2:file:$workdir/check/cadhire;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
) >"$work/app.log" 2>&1 &
pid=$!
started=$(date +%s)
status=""
for _ in $(seq 1 180); do
	kill -0 "$pid" 2>/dev/null || break
	status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/livez" || true)
	[ "$status" = "200" ] && break
	sleep 1
done
ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)
if [ "$status" != "200" ] || [ "$ready" != "200" ]; then
	echo "FAILED: /livez $status, /readyz $ready; the application's output:" >&2
	tail -40 "$work/app.log" >&2
	exit 1
fi
echo "IMAGE OK: the image's java in a chroot of its layers answered /livez 200 and /readyz 200 on port $port after $(( $(date +%s) - started )) s"
echo "first log line: $(grep -m1 '^{' "$work/app.log" | cut -c1-200)"
