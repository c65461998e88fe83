#!/bin/sh
# Science program of the lab BOINC project (see LabBoincProject.cpp, which fills in the
# @LAB_...@ values). The real 7.20 client runs it in slots/N with the slot as its working
# directory, so it behaves like a real app under a real client:
#
# - Plain task (no engine): sleeps for @LAB_SECONDS@ seconds of unsuspended time.
# - Container task: does what BOINC's docker_wrapper does: runs container
#   boinc__<lower(escaped project url)>__<lower(result name)> with the slot mounted at /app,
#   pauses it on suspend and quit, unpauses it on resume, kills and removes it on abort,
#   and finishes with the container's exit code.
#
# How the 7.20 client talks to an app that is not linked with the BOINC API (checked in
# client/app_start.cpp, client/app_control.cpp, lib/app_ipc.h of 7.20.5): it never sends
# signals for suspend/resume (no SIGSTOP/SIGTSTP in the client). It writes <suspend/>,
# <resume/>, <quit/> and <abort/> into the process_control_request channel of the shared
# memory, and it only creates that memory as the file boinc_mmap_file in the slot when the
# app version declares <api_version> >= 6.0 (otherwise it uses a SysV segment keyed by
# ftok(init_data.xml), which a shell cannot read). The lab app_info.xml therefore declares
# an api_version. The file is a series of 1024-byte channels; process_control_request is
# the first (offset 0) and app_status the sixth (offset 5120). Byte 0 of a channel is the
# "message present" flag, the text follows from byte 1. The client does not write a
# channel while its flag is set, so reading before clearing the flag loses nothing.
# On a normal exit 0 the client also wants the file boinc_finish_called, otherwise it
# takes the exit as premature and restarts the task.

LAB_SECONDS=@LAB_SECONDS@
LAB_DOCKER='@LAB_DOCKER@'
LAB_IMAGE='@LAB_IMAGE@'
DOCKER_HOST='@LAB_DOCKER_HOST@'
DOCKER_CONFIG='@LAB_DOCKER_CONFIG@'
export DOCKER_HOST DOCKER_CONFIG

mmap=boinc_mmap_file
client=$PPID
tick=0.25

xml_value() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" init_data.xml | head -n 1
}

# Prints the pending control message (if any) and clears the channel's flag.
control_message() {
    [ -f "$mmap" ] || return 0
    cmp -s -n 1 "$mmap" /dev/zero && return 0
    head -c 1024 "$mmap" | tr '\0' '\n' | head -n 1
    printf '\000' | dd of="$mmap" bs=1 count=1 conv=notrunc 2>/dev/null
}

# Reports progress on the app_status channel, as the BOINC API does once a second.
report_fraction() {
    [ -f "$mmap" ] || return 0
    cmp -s -i 5120 -n 1 "$mmap" /dev/zero || return 0
    printf '<current_cpu_time>0</current_cpu_time>\n<checkpoint_cpu_time>0</checkpoint_cpu_time>\n<fraction_done>%s</fraction_done>\n\000' "$1" \
        | dd of="$mmap" bs=1 seek=5121 conv=notrunc 2>/dev/null
    printf '\001' | dd of="$mmap" bs=1 seek=5120 count=1 conv=notrunc 2>/dev/null
}

finish() {
    echo "lab result $(xml_value result_name) exit $1" > lab_output
    echo "$1" > boinc_finish_called
    exit "$1"
}

client_alive() {
    kill -0 "$client" 2>/dev/null
}

run_plain() {
    total=$((LAB_SECONDS * 4))
    done_ticks=0
    suspended=0
    while [ "$done_ticks" -lt "$total" ]; do
        # A killed client sends nothing; real apps notice the missing heartbeat.
        client_alive || exit 0
        case $(control_message) in
            *'<quit/>'* | *'<abort/>'*) exit 0 ;;
            *'<suspend/>'*) suspended=1 ;;
            *'<resume/>'*) suspended=0 ;;
        esac
        sleep "$tick"
        if [ "$suspended" = 0 ]; then
            done_ticks=$((done_ticks + 1))
            if [ $((done_ticks % 4)) = 0 ]; then
                report_fraction "$(printf '%d.%06d' $((done_ticks / total)) $((done_ticks % total * 1000000 / total)))"
            fi
        fi
    done
    finish 0
}

docker() {
    "$LAB_DOCKER" "$@" >/dev/null 2>&1
}

run_container() {
    project=$(basename "$(xml_value project_dir)" | tr '[:upper:]' '[:lower:]')
    name="boinc__${project}__$(xml_value result_name | tr '[:upper:]' '[:lower:]')"
    # Sleeps and burns a little CPU each second so that docker stats shows something.
    # Writes a line to each stream, as real science apps do, for the GUI's log panel.
    job="echo lab task started >&2; n=0; while [ \$n -lt $LAB_SECONDS ]; do i=0; while [ \$i -lt 2000 ]; do i=\$((i+1)); done;"
    job="$job echo lab step \$n; sleep 1; n=\$((n+1)); echo \$n $LAB_SECONDS | awk '{ print \$1 / \$2 }' > /app/fraction_done; done"
    limits=
    # A result listed in the project's lab_oom_results (LabBoincClient::markOutOfMemory) gets
    # a 16 MiB container that runs for a while, then doubles a string until the kernel's OOM
    # killer ends it: the engine reports `oom` and then `die` with 137, as for a real task.
    if grep -qxF "$(xml_value result_name)" "$(xml_value project_dir)/lab_oom_results" 2>/dev/null; then
        limits="--memory 16m --memory-swap 16m"
        job="echo lab task started >&2; sleep 15; x=lab; while :; do x=\$x\$x; done"
    fi

    # Same start-up decisions as docker_wrapper: create, unpause or start.
    case $("$LAB_DOCKER" inspect -f '{{.State.Status}}' "$name" 2>/dev/null) in
        '') docker run -d --network none $limits --name "$name" -v "$PWD":/app "$LAB_IMAGE" sh -c "$job" || exit 1 ;;
        running) ;;
        paused) docker unpause "$name" || { docker kill "$name"; docker start "$name"; } ;;
        *) docker start "$name" || exit 1 ;;
    esac

    polls=0
    while :; do
        if ! client_alive; then
            docker pause "$name"
            exit 0
        fi
        case $(control_message) in
            *'<quit/>'*) docker pause "$name"; exit 0 ;;
            *'<abort/>'*) docker kill "$name"; docker rm -f "$name"; exit 0 ;;
            *'<suspend/>'*) docker pause "$name" ;;
            *'<resume/>'*) docker unpause "$name" ;;
        esac
        polls=$((polls + 1))
        if [ $((polls % 4)) = 0 ]; then
            state=$("$LAB_DOCKER" inspect -f '{{.State.Status}} {{.State.ExitCode}}' "$name" 2>/dev/null)
            case $state in
                exited*) docker rm "$name"; finish "${state#exited }" ;;
                '') exit 1 ;;
            esac
            report_fraction "$(cat fraction_done 2>/dev/null || echo 0)"
        fi
        sleep "$tick"
    done
}

if [ -n "$LAB_DOCKER" ]; then
    run_container
else
    run_plain
fi
