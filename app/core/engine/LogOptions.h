#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace bdm::engine {

enum class LogStream
{
    Stdin = 0,
    Stdout = 1,
    Stderr = 2
};

struct LogFrame
{
    LogStream stream = LogStream::Stdout;
    QByteArray data;
};

// Query of GET /containers/{id}/logs.
struct LogOptions
{
    int tail = -1; // last N lines; -1 for all
    bool follow = false;
    bool timestamps = false;
    bool stdoutLines = true;
    bool stderrLines = true;
    qint64 since = 0; // Unix seconds; 0 for the beginning
    // Known from inspect (Config.Tty): a TTY container's log is raw bytes, others are
    // multiplexed. Unknown: the demuxer decides from the first bytes.
    std::optional<bool> tty;
};

} // namespace bdm::engine
