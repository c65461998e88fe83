#include "submit/JournalEntry.h"

#include <array>
#include <utility>

namespace bdm::submit {
namespace {

// The stored names are part of the journal's file format and of `jobs --json`: never rename.
constexpr std::array<std::pair<JournalStage, const char*>, 7> stageNames{{
    {JournalStage::Prepared, "prepared"},
    {JournalStage::Uploading, "uploading"},
    {JournalStage::Submitting, "submitting"},
    {JournalStage::Submitted, "submitted"},
    {JournalStage::Failed, "failed"},
    {JournalStage::Aborted, "aborted"},
    {JournalStage::Retired, "retired"},
}};

constexpr std::array<std::pair<JobStatus::State, const char*>, 6> stateNames{{
    {JobStatus::State::Unknown, "unknown"},
    {JobStatus::State::Queued, "queued"},
    {JobStatus::State::InProgress, "in_progress"},
    {JobStatus::State::Done, "done"},
    {JobStatus::State::Error, "error"},
    {JobStatus::State::Aborted, "aborted"},
}};

} // namespace

QString journalStageName(JournalStage stage)
{
    for (const auto& [value, name] : stageNames) {
        if (value == stage) {
            return QLatin1String(name);
        }
    }
    return QStringLiteral("prepared");
}

JournalStage journalStageFromName(const QString& name)
{
    for (const auto& [value, text] : stageNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    // An unknown name (a newer journal) must not look finished: Prepared only means
    // "nothing confirmed", which is the safe reading.
    return JournalStage::Prepared;
}

QString jobStateName(JobStatus::State state)
{
    for (const auto& [value, name] : stateNames) {
        if (value == state) {
            return QLatin1String(name);
        }
    }
    return QStringLiteral("unknown");
}

} // namespace bdm::submit
