#pragma once

#include "engine/ContainerDetails.h"
#include "monitor/JoinRow.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace bdm::monitor {

// Joins a client's tasks with an engine's containers by docker_wrapper's naming rule
// (boinc__<escaped project url>__<result name>, lower case), then confirms each pair by the
// slot directory mounted into the container. Pure: no I/O, so it runs on every poll.
namespace TaskContainerJoin {

// The key of a task's row: results are unique per project only, and the client compares
// project URLs canonically.
QString taskKey(const QString& projectUrl, const QString& resultName);
// The key of an orphan container's row.
QString containerKey(const QString& containerName);

// A container name as the engine wrote it, made comparable: no leading '/' (the Docker API's
// form), lower case.
QString normalizedName(const QString& containerName);
// BOINC's own test (docker_is_boinc_name): the name starts with "boinc__".
bool isBoincName(const QString& containerName);
// N when `path` is a slot directory (.../slots/N, either slash, trailing slash allowed), else -1.
int slotOfPath(const QString& path);

struct Input
{
    QList<boinc::Result> tasks;
    QList<engine::ContainerSummary> containers; // any containers; non-BOINC ones are ignored
    // Inspect details by container id, when known: their mounts take precedence over the list's.
    QHash<QString, engine::ContainerDetails> details;
};

// One row per task (in the order given), then one per orphan container (sorted by name).
QList<JoinRow> join(const Input& input);

// What changed between two joins, for a model that updates rows in place.
struct Diff
{
    QStringList removed; // keys in `before` only
    QStringList added;   // keys in `after` only
    QStringList changed; // keys in both whose rows differ (JoinRow::sameAs)
};
Diff diff(const QList<JoinRow>& before, const QList<JoinRow>& after);

} // namespace TaskContainerJoin
} // namespace bdm::monitor
