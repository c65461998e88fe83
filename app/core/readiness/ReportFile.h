#pragma once

#include "readiness/ReadinessReport.h"

namespace bdm::readiness {

// Saves a report whole or not at all (QSaveFile), so a full disk never leaves half a report.
class ReportFile
{
public:
    enum Format
    {
        Markdown,
        Json
    };
    static Format forPath(const QString& path); // .json -> Json, anything else Markdown
    static bool write(const ReadinessReport& report, const QString& path, Format format, QString* error);
};

} // namespace bdm::readiness
