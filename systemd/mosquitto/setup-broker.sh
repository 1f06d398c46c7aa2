#!/bin/sh
# Makes what rackd.conf names: the ACL for one rack, a password file with the rack's own account, and a
# throwaway certificate authority with a server certificate for the TLS listener.
#
#   setup-broker.sh RACK_ID HOSTNAME [DIR]      (DIR defaults to /etc/mosquitto/rackd)
#
# Then add each person:   mosquitto_passwd DIR/passwd alice
# and give them DIR/ca.crt to trust. rackd's own password is left in DIR/rackd.password for the show
# file's mqtt.password_file.
set -eu

rack=${1:?usage: setup-broker.sh RACK_ID HOSTNAME [DIR]}
host=${2:?usage: setup-broker.sh RACK_ID HOSTNAME [DIR]}
dir=${3:-/etc/mosquitto/rackd}
here=$(cd "$(dirname "$0")" && pwd)

case $rack in
  *[!a-z0-9-]*|'') echo "rack id '$rack': lower case letters, digits and '-' only" >&2; exit 2 ;;
esac

mkdir -p "$dir"
umask 077

sed "/^#/!s/RACK_ID/$rack/g" "$here/acl" > "$dir/acl"

if [ ! -f "$dir/passwd" ]; then
  : > "$dir/passwd"
fi
password=$(openssl rand -hex 24)
mosquitto_passwd -b "$dir/passwd" "rackd-$rack" "$password"
printf '%s\n' "$password" > "$dir/rackd.password"

if [ ! -f "$dir/ca.crt" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=rackd $rack CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
fi
case $host in
  *[!0-9.]*) san="DNS:$host" ;;
  *) san="IP:$host" ;;
esac
openssl req -newkey rsa:2048 -nodes -subj "/CN=$host" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
printf 'subjectAltName=%s\n' "$san" > "$dir/server.ext"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 825 \
  -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
rm -f "$dir/server.csr" "$dir/server.ext"
chmod 644 "$dir/ca.crt" "$dir/server.crt"
# mosquitto reads these as its own user
if id mosquitto >/dev/null 2>&1; then
  chown mosquitto "$dir/passwd" "$dir/acl" "$dir/server.key"
fi

echo "broker files for rack '$rack' in $dir; add people with: mosquitto_passwd $dir/passwd NAME"
