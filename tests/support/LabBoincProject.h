#pragma once

#include "LabBoincOptions.h"

#include <QString>
#include <QStringList>

namespace bdm::lab {

// Writes a BOINC data directory holding one offline anonymous-platform project, so that a
// real client started on it loads the project and runs its tasks with no server at all
// (recipe: docs real-services.md §1). Kept apart from LabBoincClient, which only runs the
// client, so the file formats live in one place.
class LabBoincProject
{
public:
    LabBoincProject(const LabBoincOptions& options, const QString& dataDir);

    // BOINC's escape_project_url: drop the scheme, map every character outside
    // [A-Za-z0-9._-] to '_', drop one trailing '_'.
    static QString escapeProjectUrl(const QString& masterUrl);
    // docker_wrapper's container name: boinc__<lower(escaped url)>__<lower(result)>.
    static QString containerName(const QString& masterUrl, const QString& resultName);

    QString projectDir() const;
    QStringList resultNames() const;
    QString workunitName(int index) const;

    // clientVersion ("7.20.5") and platform ("x86_64-pc-linux-gnu") come from
    // `boinc --version`; dockerProgram is used only when options.engineSocket is set.
    bool write(const QString& clientVersion, const QString& platform, const QString& dockerProgram,
               QString* error) const;

private:
    QByteArray ccConfig() const;
    QByteArray preferences() const;
    QByteArray account() const;
    QByteArray appInfo() const;
    QByteArray clientState(const QString& clientVersion, const QString& platform) const;
    QByteArray scienceScript(const QString& dockerProgram, QString* error) const;

    LabBoincOptions m_options;
    QString m_dataDir;
};

} // namespace bdm::lab
