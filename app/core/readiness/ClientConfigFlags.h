#pragma once

#include <QString>
#include <QStringList>

namespace bdm::readiness {

// The cc_config.xml options that decide container work (lib/cc_config.cpp). The client still
// detects and reports Docker when they are set; they only block its use.
struct ClientConfigFlags
{
    bool known = false;         // false: neither get_cc_config nor the file could be read
    QString source;             // "get_cc_config" or the cc_config.xml path it came from
    bool dontUseDocker = false; // <dont_use_docker> or its alias <dont_use_podman>
    bool dontUseWsl = false;
    QStringList disallowedWsl;

    // Reads a <cc_config> document (the reply of get_cc_config or the file itself); unknown
    // tags are ignored and malformed input leaves `known` false.
    static ClientConfigFlags parse(const QByteArray& xml, const QString& source);
};

} // namespace bdm::readiness
