# Dozor host probe. Read-only, POSIX sh, nothing to install. It prints tagged sections
# that app/core/ProbeParser understands; the same script runs locally and over SSH
# on a long-lived remote shell, so keep it cheap: a few reads of /proc and one df.
# ProbeScript appends the sections of service, process, path and log checks and "@@end".
LC_ALL=C
export LC_ALL
dozor_t() { if command -v timeout >/dev/null 2>&1; then timeout 10 "$@"; else "$@"; fi; }
echo '@@dozor-probe 1'
echo '@@nproc'
getconf _NPROCESSORS_ONLN 2>/dev/null || grep -c '^processor' /proc/cpuinfo 2>/dev/null
echo '@@uptime'
cat /proc/uptime 2>/dev/null
echo '@@loadavg'
cat /proc/loadavg 2>/dev/null
echo '@@stat'
grep '^cpu ' /proc/stat 2>/dev/null
sleep 0.5 2>/dev/null || sleep 1
echo '@@stat'
grep '^cpu ' /proc/stat 2>/dev/null
echo '@@meminfo'
cat /proc/meminfo 2>/dev/null
echo '@@df'
dozor_t df -Pk 2>/dev/null
echo '@@dfi'
dozor_t df -Pi 2>/dev/null
