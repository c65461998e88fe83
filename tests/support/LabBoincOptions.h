#pragma once

#include <QString>

namespace bdm::lab {

// What the lab BOINC client (LabBoincClient) is given: one offline anonymous-platform
// project whose tasks the real client really runs.
struct LabBoincOptions
{
    // Number of results (tasks) in the project.
    int taskCount = 3;
    // Master URL; a port and mixed case are kept (the project directory is its escaped form).
    QString projectUrl = QStringLiteral("http://127.0.0.1:8080/Lab_Test/");
    // Results are named <prefix>NNNN_0 with workunit <prefix>NNNN, case kept.
    QString resultPrefix = QStringLiteral("Lab_WU_");
    // GUI RPC password written to gui_rpc_auth.cfg; empty means no password.
    QString password = QStringLiteral("lab-password");
    QString planClass = QStringLiteral("docker");
    // How long each task runs (unsuspended seconds).
    int taskSeconds = 600;
    // Empty: tasks are plain sleeping scripts. Otherwise the path of a dockerd Unix socket:
    // each task runs a container there, named and driven as BOINC's docker_wrapper does.
    QString engineSocket;
    // GUI RPC on <dataDir>/boinc_socket (--gui_rpc_unix_domain) instead of TCP.
    bool unixSocket = false;
    // CPUs the client may use (cc_config <ncpus>): two tasks run at once on any machine.
    int cpus = 2;
};

} // namespace bdm::lab
