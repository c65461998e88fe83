#pragma once

#include <QStringList>

namespace bdm::engine {

// One entry of GET /images/json.
struct ImageSummary
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests;
    qint64 created = 0; // Unix seconds
    qint64 size = 0;    // bytes
};

} // namespace bdm::engine
