#pragma once

#include <QByteArray>
#include <QString>

namespace bdm::readiness {

// Version strings out of programs' output, parsed as the BOINC client parses them where the
// client parses them at all (lib/hostinfo.cpp), so what we show is what it would report.
class ProgramVersion
{
public:
    // `docker --version` / `podman --version`, line by line (the podman-docker shim prints a
    // notice first): the text after "version " up to the first ',' of the line, else the first
    // space, else the newline; a last line without its newline yields nothing, as in the client.
    static QString engine(const QByteArray& output);
    // `docker compose version`: only "Docker Compose version vX.Y.Z" counts -> "X.Y.Z".
    static QString composePlugin(const QByteArray& output);
    // `docker-compose --version` (v1: "docker-compose version 1.29.2, build ..."), and v2 run
    // standalone ("Docker Compose version v2.29.1").
    static QString composeStandalone(const QByteArray& output);
    // `podman compose version`: whatever provider it runs (docker-compose, podman-compose).
    static QString podmanCompose(const QByteArray& output);
    // `nvidia-ctk --version`: "NVIDIA Container Toolkit CLI version 1.14.3".
    static QString toolkit(const QByteArray& output);
};

} // namespace bdm::readiness
