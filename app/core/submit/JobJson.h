#pragma once

#include "boinc/TaskJson.h"
#include "submit/JournalEntry.h"
#include "submit/SubmitOutcome.h"

#include <QList>

namespace bdm::submit {

// The JSON shapes of `boinc-docker submit --json` and `jobs --json`, in one place.
boinc::Json outcomeToJson(const SubmitOutcome& outcome);
boinc::Json entryToJson(const JournalEntry& entry, const QList<JobStatus>& statuses);

} // namespace bdm::submit
