# Sourced by bin/jbareos and bin/test. Sets JAVA_HOME to a JDK >= 21 or explains why it cannot.
# Order: $JAVA_HOME if new enough, then the newest JDK under /usr/lib/jvm (or $JBAREOS_JVM_DIRS).

jbareos_java_major() { # prints the feature version of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version =/ {print $2; exit}' | cut -d. -f1
}

jbareos_find_jdk() {
  local min=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(jbareos_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then return 0; fi
  fi
  for candidate in ${JBAREOS_JVM_DIRS:-/usr/lib/jvm}/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(jbareos_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "jbareos: no JDK 21 or newer found (looked at \$JAVA_HOME and ${JBAREOS_JVM_DIRS:-/usr/lib/jvm})." >&2
    echo "jbareos: install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin 21+, or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$(cd "$best" && pwd -P)"
}
