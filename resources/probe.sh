# Dozor host probe. Read-only, POSIX sh, nothing to install. It prints tagged sections
# that app/core/ProbeParser understands; the same script runs locally and over SSH
# on a long-lived remote shell, so it is nearly free for the server: /proc is read with the
# shell's own `read`, without starting a process. ProbeScript calls only the functions the
# run's checks need, appends the sections of service, process, path and log checks and "@@end".
# Processes started: none for CPU, load, memory and uptime (sleep once for a first CPU
# reading); df -Pk and df -Pi for a disk check; a check's own command for each of the others.
# Every command runs under `timeout` with its check's time limit, so one that hangs is
# stopped and named while the rest of the run still reports.
LC_ALL=C
export LC_ALL
echo '@@dozor-probe 1'
dozor_s=10
dozor_tm=
command -v timeout >/dev/null 2>&1 && dozor_tm=1
# Runs a command for at most $dozor_s seconds. One that overruns is stopped, its name is kept
# in dozor_to and the status is 124.
dozor_t() {
    if [ -n "$dozor_tm" ]; then timeout -k 1 "$dozor_s" "$@"; else "$@"; fi
    dozor_st=$?
    case $dozor_st in 124 | 137) dozor_to=$1; return 124 ;; esac
    return $dozor_st
}
# A check's section: its index and time limit; its lines are printed as they come and end with
# a line holding the run's random marker ($dozor_n) and what overran, so nothing a server prints
# can end a section or pass for another.
dozor_sec() { echo "@@check $1"; dozor_s=$2; dozor_to=; }
dozor_end() { printf '\n@@%s %s\n' "$dozor_n" "$dozor_to"; }
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
# With the boot's id: an uptime from another boot is a reboot seen while watching.
dozor_uptime() {
    echo '@@uptime'
    dozor_line /proc/uptime
    echo '@@bootid'
    dozor_line /proc/sys/kernel/random/boot_id
}
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
# df with the disk check's time limit; one that overruns is named in a section of its own.
dozor_disk() {
    dozor_s=${1:-10}
    dozor_to=
    echo '@@df'
    dozor_t df -Pk 2>/dev/null </dev/null
    [ -z "$dozor_to" ] && echo '@@dfi' && dozor_t df -Pi 2>/dev/null </dev/null
    [ -n "$dozor_to" ] && echo "@@timeout df $dozor_s"
}
