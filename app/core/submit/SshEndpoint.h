#pragma once

#include "submit/JobSpec.h"

#include <QString>
#include <QStringList>

namespace bdm::submit {

// How to reach a project host with the system OpenSSH client: always batch mode (no
// prompts; the user's keys and agent) and strict host key checking against the known_hosts
// file in use, so an unknown or changed key stops the connection instead of being trusted.
struct SshEndpoint
{
    QString destination; // "user@host" or "host"
    int port = 22;
    QString identityFile;   // empty: the user's keys and agent
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    int connectTimeoutS = 15;
    QString sshProgram = QStringLiteral("ssh");
    QString keyscanProgram = QStringLiteral("ssh-keyscan");
    QString keygenProgram = QStringLiteral("ssh-keygen");
    // Extra `-o` options (e.g. for tests: "GlobalKnownHostsFile=/dev/null").
    QStringList options;

    static SshEndpoint fromTarget(const SubmitTarget& target);

    QString hostName() const;       // destination without "user@"
    QString knownHostsName() const; // "host" on port 22, else "[host]:port", as ssh writes it
    QString effectiveKnownHostsFile() const;
    // Everything before the remote command: ssh <these> <destination> <command>.
    QStringList arguments() const;
};

} // namespace bdm::submit
