#include "submit/JobJson.h"

namespace bdm::submit {
namespace {

using boinc::Json;
using boinc::utf8;

Json stringList(const QStringList& list)
{
    Json array = Json::array();
    for (const QString& s : list)
        array.push_back(utf8(s));
    return array;
}

Json nullable(const QString& s)
{
    return s.isEmpty() ? Json() : Json(utf8(s));
}

} // namespace

Json outcomeToJson(const SubmitOutcome& outcome)
{
    Json j;
    j["transport"] = utf8(outcome.transport);
    j["mode"] = utf8(outcome.mode);
    j["workunits"] = stringList(outcome.workunits);
    j["batch_id"] = nullable(outcome.batchId);
    return j;
}

Json entryToJson(const JournalEntry& entry, const QList<JobStatus>& statuses)
{
    Json j;
    j["id"] = entry.id;
    j["key"] = utf8(entry.key);
    j["created"] = utf8(entry.created.toUTC().toString(Qt::ISODate));
    j["updated"] = utf8(entry.updated.toUTC().toString(Qt::ISODate));
    j["transport"] = utf8(entry.transport);
    j["mode"] = utf8(entry.mode);
    j["target"] = utf8(entry.target);
    j["stage"] = utf8(journalStageName(entry.stage));
    j["workunits"] = stringList(entry.workunits);
    j["batch_id"] = nullable(entry.batchId);
    j["last_error"] = nullable(entry.lastError);
    j["spec_path"] = nullable(entry.specPath);
    Json jobs = Json::array();
    for (const JobStatus& s : statuses) {
        Json job;
        job["workunit"] = utf8(s.workunit);
        job["state"] = utf8(jobStateName(s.state));
        job["detail"] = utf8(s.detail);
        job["output_files"] = stringList(s.outputFiles);
        jobs.push_back(std::move(job));
    }
    j["jobs"] = std::move(jobs);
    return j;
}

} // namespace bdm::submit
