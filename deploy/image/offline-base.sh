#!/usr/bin/env bash
# Builds a base image for Jib without a registry or a Docker engine: a Java runtime made
# with jlink from this machine's JDK, the shared libraries it links, CA certificates and
# the few files a JVM reads from /etc, written as a `docker save` tarball that Jib takes
# as `tar://...`. Production images use eclipse-temurin:17-jre instead (see docs/deploy.md).
#
#   deploy/image/offline-base.sh target/offline-base      -> target/offline-base/base.tar
set -euo pipefail
out=${1:?usage: offline-base.sh OUTPUT_DIR}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jlink=$java_home/bin/jlink
[ -x "$jlink" ] || { echo "no jlink in $java_home" >&2; exit 1; }

if [ -f "$out/base.tar" ] && [ "$out/base.tar" -nt "$0" ]; then
	echo "offline base: $out/base.tar is up to date"
	exit 0
fi
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
root=$out/rootfs

# The Java SE modules (what a JRE has), plus EC crypto, DNS naming, the zip file system,
# sun.misc.Unsafe users and the management extensions.
"$jlink" --add-modules java.se,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.naming.dns,jdk.zipfs,jdk.unsupported,jdk.management,jdk.localedata \
	--include-locales=en --strip-debug --no-man-pages --no-header-files --compress=2 \
	--output "$out/jre"
mkdir -p "$root/opt"
# A distribution's JDK may link some files to /etc (Debian: cacerts, jvm.cfg): copy what they point at.
cp -rL "$out/jre" "$root/opt/java"
rm -rf "$out/jre"

# Every shared library the runtime needs, at the path the dynamic loader looks for it.
copy_lib() {
	local path=$1
	[ -e "$root$path" ] && return 0
	mkdir -p "$root$(dirname "$path")"
	cp -L "$path" "$root$path"
}
missing=$(mktemp)
find "$root/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -print0 | while IFS= read -r -d '' f; do
	file -b "$f" 2>/dev/null | grep -q ELF || continue
	ldd "$f" 2>/dev/null | while read -r name arrow path _; do
		if [ "$arrow" = "=>" ] && [ "$path" = "not" ]; then
			echo "$name (for $(basename "$f"))" >>"$missing"
		elif [ "$arrow" = "=>" ] && [ -e "$path" ]; then
			copy_lib "$path"
		elif [ "${name#/}" != "$name" ] && [ -e "$name" ]; then
			copy_lib "$name"
		fi
	done
done
# Loaded with dlopen, so ldd does not list them: name resolution and the loader's links.
for lib in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 \
	/lib/x86_64-linux-gnu/libresolv.so.2 /lib/x86_64-linux-gnu/libz.so.1; do
	[ -e "$lib" ] && copy_lib "$lib"
done
for link in /lib64/ld-linux-x86-64.so.2; do
	if [ -L "$link" ]; then
		copy_lib "$(readlink -f "$link")"
		mkdir -p "$root$(dirname "$link")"
		ln -sf "$(readlink -f "$link")" "$root$link"
	fi
done
sed -i "/^libjvm.so /d" "$missing"
[ -s "$missing" ] && echo "offline base: not found (desktop libraries; the server runs headless): $(sort -u "$missing" | tr '\n' ' ')"
rm -f "$missing"

mkdir -p "$root/etc/ssl/certs/java" "$root/tmp" "$root/data" "$root/app"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\ncadhire:x:1000:1000:cadhire:/data:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\ncadhire:x:1000:\n' >"$root/etc/group"
printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
chown 1000:1000 "$root/data"
if [ -e /etc/ssl/certs/java/cacerts ]; then
	cp -L /etc/ssl/certs/java/cacerts "$root/etc/ssl/certs/java/cacerts"
fi

# One layer, then the `docker save` layout: manifest.json, the config, the layer.
layer=$out/layer.tar
tar --sort=name --numeric-owner --mtime='1970-01-01 00:00:01Z' -C "$root" -cf "$layer" .
diff_id=$(sha256sum "$layer" | cut -d' ' -f1)
cat >"$out/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},"history":[{"created_by":"deploy/image/offline-base.sh (jlink from $($java_home/bin/java -version 2>&1 | head -1 | tr -d '"'))"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["cadhire-offline-base:latest"],"Layers":["layer.tar"]}]\n' >"$out/manifest.json"
tar -C "$out" -cf "$out/base.tar.part" manifest.json config.json layer.tar
mv "$out/base.tar.part" "$out/base.tar"
rm -rf "$root" "$layer"
echo "offline base: $out/base.tar ($(du -h "$out/base.tar" | cut -f1))"
