# Dozor host probe. Read-only, POSIX sh, nothing to install. It prints tagged sections
# that app/core/ProbeParser understands; the same script runs locally and over SSH
# on a long-lived remote shell, so it is nearly free for the server: /proc is read with the
# shell's own `read`, without starting a process. ProbeScript calls only the functions the
# run's checks need, appends the sections of service, process, path and log checks and "@@end".
# Processes started: none for CPU, load, memory and uptime (sleep once for a first CPU
# reading); df -Pk and df -Pi (each under timeout) for a disk check.
LC_ALL=C
export LC_ALL
echo '@@dozor-probe 1'
dozor_t() { if command -v timeout >/dev/null 2>&1; then timeout 10 "$@"; else "$@"; fi; }
# One line of a file, as read; nothing when it cannot be read.
dozor_line() {
    dozor_l=
    { IFS= read -r dozor_l || [ -n "$dozor_l" ]; } 2>/dev/null <"$1" && printf '%s\n' "$dozor_l"
}
# The CPUs online as the kernel lists them ("0-3,6"); without /sys, a count from getconf or
# /proc/cpuinfo.
dozor_cpus() {
    echo '@@cpus'
    dozor_line /sys/devices/system/cpu/online || {
        echo '@@nproc'
        getconf _NPROCESSORS_ONLN 2>/dev/null || grep -c '^processor' /proc/cpuinfo 2>/dev/null
    }
}
dozor_load() { dozor_cpus; echo '@@loadavg'; dozor_line /proc/loadavg; }
dozor_uptime() { echo '@@uptime'; dozor_line /proc/uptime; }
# The first line of /proc/stat: all CPUs' times, with the boot's id (a reading from another
# boot cannot be compared with). With an argument, a second reading half a second later (the
# first sample of a host; later ones are compared with the previous sample's reading).
dozor_cpu() {
    echo '@@bootid'
    dozor_line /proc/sys/kernel/random/boot_id
    echo '@@stat'
    dozor_line /proc/stat
    [ -z "$1" ] && return
    sleep 0.5 2>/dev/null || sleep 1
    echo '@@stat'
    dozor_line /proc/stat
}
# Only the lines the memory check reads; SwapFree is the last of them.
dozor_mem() {
    echo '@@meminfo'
    while read -r dozor_k dozor_v dozor_u; do
        case $dozor_k in
        MemTotal: | MemFree: | MemAvailable: | Buffers: | Cached: | SwapTotal:) echo "$dozor_k $dozor_v" ;;
        SwapFree:) echo "$dozor_k $dozor_v"; break ;;
        esac
    done 2>/dev/null </proc/meminfo
}
dozor_disk() {
    echo '@@df'
    dozor_t df -Pk 2>/dev/null
    echo '@@dfi'
    dozor_t df -Pi 2>/dev/null
}
