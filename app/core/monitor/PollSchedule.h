#pragma once

namespace bdm::monitor {

// How often a HostSession asks its client for what. Every pause runs from the end of one round
// to the start of the next, so a slow client is asked less often instead of being flooded, and
// rounds never overlap.
struct PollSchedule
{
    // get_cc_status is tiny and tells at once whether the client still answers.
    static constexpr int ccStatusPauseMs = 1000;
    // get_results carries every task; BoincTasks and BOINC Manager refresh tasks every 1-2 s.
    static constexpr int resultsEveryMs = 2000;
    // After a failed round: 1 s, 2 s, 4 s ... up to 30 s, so dead hosts cost next to nothing.
    static constexpr int firstRetryMs = 1000;
    static constexpr int lastRetryMs = 30000;
    // get_state can be megabytes and stalls the client while it is built: only on (re)connect
    // and when results appear whose project or application names are not known yet.

    int roundPauseMs = ccStatusPauseMs;
    int resultsIntervalMs = resultsEveryMs;
    int retryMinMs = firstRetryMs;
    int retryMaxMs = lastRetryMs;
    // Off for one-shot use (the CLI counts tasks and needs no names): saves the big reply.
    bool readState = true;
};

} // namespace bdm::monitor
