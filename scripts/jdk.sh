# Sourced by scripts/demo and scripts/test: finds a JDK of 21 or newer and Maven, or says what to install.
# Looks at JAVA_HOME first, then every JDK under /usr/lib/jvm (newest first). Exports JAVA_HOME and PATH.

jdk_major() { # the feature release of a JDK home: 21, 25...
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null)
    [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    v=${v#1.}
    echo "${v%%[!0-9]*}"
}

jdk_usable() { # a JDK (javac, not only a runtime) of 21 or newer
    [ -x "$1/bin/javac" ] && m=$(jdk_major "$1") && [ -n "$m" ] && [ "$m" -ge 21 ]
}

find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && jdk_usable "$JAVA_HOME"; then
        echo "$JAVA_HOME"
        return 0
    fi
    for home in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's#/$##' | sort -V -r); do
        if jdk_usable "$home"; then
            echo "$home"
            return 0
        fi
    done
    return 1
}

if ! JAVA_HOME=$(find_jdk); then
    echo "rackd needs a JDK of version 21 or newer, and none was found (JAVA_HOME, /usr/lib/jvm)." >&2
    echo "Install one, e.g. on Debian 13 / Raspberry Pi OS: sudo apt-get install -y openjdk-21-jdk-headless" >&2
    echo "(or Temurin 21+ from adoptium.net), or point JAVA_HOME at one." >&2
    exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# JDK 24+ warns about Maven's own use of sun.misc.Unsafe; the option does not exist before 24
if [ "$(jdk_major "$JAVA_HOME")" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
