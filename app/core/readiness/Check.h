#pragma once

#include <QList>
#include <QString>

namespace bdm::readiness {

enum class CheckStatus
{
    Pass,
    Warn,
    Fail,
    Skip
};

// "pass", "warn", "fail", "skip": the JSON and Markdown words, never translated.
QString checkStatusName(CheckStatus status);

// Which part of the checklist a check belongs to; the GUI groups by it in this order.
enum class CheckGroup
{
    Client,    // the BOINC client: installed, running, reachable, password, version
    Detected,  // what the client itself detected and reported (docker_version, WSL, config)
    Engine,    // the container engine on this machine, for this user and for the client's user
    Gpu,       // drivers, CUDA, the engine's GPU wiring
    Resources, // disk, memory, CPUs, virtualization
    Active     // containers actually run on request (--active)
};

QString checkGroupName(CheckGroup group); // "client", "detected", ...

// One line of the readiness checklist. `summary` is one line; `detail` may span lines; `fix` is
// what to do (often a shell command) and is empty when there is nothing to do.
struct Check
{
    QString id; // stable, dotted: "client.version", "engine.podman.linger", "gpu.nvidia.driver"
    CheckGroup group = CheckGroup::Client;
    CheckStatus status = CheckStatus::Skip;
    QString summary;
    QString detail;
    QString fix;
};

using CheckList = QList<Check>;

} // namespace bdm::readiness
