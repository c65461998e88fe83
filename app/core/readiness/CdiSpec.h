#pragma once

#include "readiness/SystemRoot.h"

#include <QList>

namespace bdm::readiness {

// One Container Device Interface spec file (/etc/cdi, /var/run/cdi): the devices it lets an
// engine inject, as the fully qualified names `--device` takes.
struct CdiSpec
{
    QString path;
    QString kind;        // "nvidia.com/gpu"
    QStringList devices; // "0", "GPU-ae6a...", "all"
    QString error;       // why the file could not be read or understood

    QStringList qualifiedNames() const; // "nvidia.com/gpu=0", ...
    bool isNvidiaGpu() const { return kind == QLatin1String("nvidia.com/gpu"); }
    // How many GPUs the spec names by index ("0", "1", ...).
    int indexedDevices() const;

    // YAML (a light line scanner for the top-level `kind:` and the devices' `name:`) or JSON.
    static CdiSpec parse(const QString& path, const QByteArray& text);
    // The *.yaml, *.yml and *.json files of the spec directories that exist, in order.
    static QList<CdiSpec> scan(const SystemRoot& root, const QStringList& directories);
    static QStringList defaultDirectories(); // /etc/cdi, /var/run/cdi, /run/cdi
};

} // namespace bdm::readiness
