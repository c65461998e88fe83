#include "readiness/ReportFile.h"

#include "readiness/ReadinessTr.h"

#include <QSaveFile>

namespace bdm::readiness {

ReportFile::Format ReportFile::forPath(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Json : Markdown;
}

bool ReportFile::write(const ReadinessReport& report, const QString& path, Format format, QString* error)
{
    const QByteArray bytes = format == Json ? QByteArray::fromStdString(report.toJson().dump(2) + '\n')
                                            : report.toMarkdown().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Readiness::tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bdm::readiness
