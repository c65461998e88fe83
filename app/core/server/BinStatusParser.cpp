#include "server/BinStatusParser.h"

#include "server/ServerTr.h"

#include <QRegularExpression>

namespace bdm::server {
namespace {

const QString stamp = QStringLiteral(R"(\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2})");

const QRegularExpression& daemonLine()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d+)\s+(-?\d+)\s+(running|NOT RUNNING|NOT FOUND)?\s*(locked|UNLOCKED)\s+)"
                       R"((yes|no)\s+(\S.*?)\s*$)"));
    return re;
}

const QRegularExpression& taskLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+)\s+(\?|%1)\s+(.+?)\s+(NOW|%1)\s+)"
                                                      R"((LOCKED|unlocked)\s+(yes|no)\s+(\S.*?)\s*$)")
                                           .arg(stamp));
    return re;
}

// The section text without the newline the reader's script adds after each part.
QString sectionText(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace

void BinStatusParser::parseStatus(const QString& text, ServerHostStatus* into)
{
    enum class Table
    {
        None,
        Daemons,
        Tasks
    } table = Table::None;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line == QLatin1String("BOINC is ENABLED") || line == QLatin1String("BOINC is DISABLED")) {
            into->statusKnown = true;
            into->enabled = line == QLatin1String("BOINC is ENABLED");
            continue;
        }
        if (line.startsWith(QLatin1String("DAEMON ")) && line.contains(QLatin1String("commandline"))) {
            table = Table::Daemons;
            continue;
        }
        if (line.startsWith(QLatin1String("TASK ")) && line.contains(QLatin1String("commandline"))) {
            table = Table::Tasks;
            continue;
        }
        if (table == Table::Daemons) {
            const QRegularExpressionMatch m = daemonLine().match(raw);
            if (!m.hasMatch())
                continue;
            ServerHostDaemon d;
            d.index = m.captured(1).toInt();
            d.pid = m.captured(2).toLongLong();
            const QString state = m.captured(3);
            d.state = state == QLatin1String("running") ? ServerHostDaemon::State::Running
                      : state.isEmpty()                 ? ServerHostDaemon::State::NoPidFile
                                                        : ServerHostDaemon::State::NotRunning;
            d.locked = m.captured(4) == QLatin1String("locked");
            d.disabled = m.captured(5) == QLatin1String("yes");
            d.command = m.captured(6);
            into->daemons << d;
        } else if (table == Table::Tasks) {
            const QRegularExpressionMatch m = taskLine().match(raw);
            if (!m.hasMatch())
                continue;
            ServerHostTask t;
            t.index = m.captured(1).toInt();
            t.lastRun = m.captured(2);
            t.period = m.captured(3);
            t.nextRun = m.captured(4);
            t.locked = m.captured(5) == QLatin1String("LOCKED");
            t.disabled = m.captured(6) == QLatin1String("yes");
            t.command = m.captured(7);
            into->tasks << t;
        }
    }
}

ServerHostStatus BinStatusParser::parseReply(const QByteArray& output, const QByteArray& marker)
{
    ServerHostStatus status;
    const QByteArray head = marker + ' ';
    QByteArray section;
    QByteArray current; // the bytes of the section under way
    auto close = [&] {
        if (section == "status") {
            status.statusOutput = sectionText(current);
        } else if (section.startsWith("log ")) {
            status.logs << ServerLogTail{QString::fromUtf8(section.mid(4)), sectionText(current)};
        }
        current.clear();
    };
    qsizetype pos = 0;
    while (pos < output.size()) {
        qsizetype end = output.indexOf('\n', pos);
        if (end < 0)
            end = output.size();
        const QByteArray line = output.mid(pos, end - pos);
        pos = end + 1;
        if (line.startsWith(head)) {
            close();
            section = line.mid(head.size());
            if (section.startsWith("status-exit ")) {
                status.statusExitCode = section.mid(12).toInt();
                section.clear();
            }
            continue;
        }
        if (!section.isEmpty())
            current += line + '\n';
    }
    close();
    parseStatus(status.statusOutput, &status);
    if (status.statusExitCode != 0 || !status.statusKnown) {
        const QString said = status.statusOutput.trimmed();
        status.warnings << Server::tr("bin/status exited with status %1: %2")
                               .arg(status.statusExitCode)
                               .arg(said.isEmpty() ? Server::tr("(it printed nothing)") : said.right(2000));
    }
    return status;
}

QString BinStatusParser::stateName(ServerHostDaemon::State state)
{
    switch (state) {
    case ServerHostDaemon::State::Running:
        return QStringLiteral("running");
    case ServerHostDaemon::State::NotRunning:
        return QStringLiteral("not_running");
    case ServerHostDaemon::State::NoPidFile:
        break;
    }
    return QStringLiteral("no_pid_file");
}

boinc::Json BinStatusParser::toJson(const ServerHostStatus& status)
{
    boinc::Json daemons = boinc::Json::array();
    for (const ServerHostDaemon& d : status.daemons)
        daemons.push_back({{"index", d.index},
                           {"pid", d.pid},
                           {"state", boinc::utf8(stateName(d.state))},
                           {"locked", d.locked},
                           {"disabled", d.disabled},
                           {"command", boinc::utf8(d.command)},
                           {"name", boinc::utf8(d.name())}});
    boinc::Json tasks = boinc::Json::array();
    for (const ServerHostTask& t : status.tasks)
        tasks.push_back({{"index", t.index},
                         {"last_run", boinc::utf8(t.lastRun)},
                         {"period", boinc::utf8(t.period)},
                         {"next_run", boinc::utf8(t.nextRun)},
                         {"locked", t.locked},
                         {"disabled", t.disabled},
                         {"command", boinc::utf8(t.command)}});
    boinc::Json logs = boinc::Json::array();
    for (const ServerLogTail& l : status.logs)
        logs.push_back({{"path", boinc::utf8(l.path)}, {"text", boinc::utf8(l.text)}});
    boinc::Json stopped = boinc::Json::array();
    for (const QString& s : status.stoppedDaemons())
        stopped.push_back(boinc::utf8(s));
    boinc::Json warnings = boinc::Json::array();
    for (const QString& w : status.warnings)
        warnings.push_back(boinc::utf8(w));
    boinc::Json j;
    j["status_known"] = status.statusKnown;
    j["enabled"] = status.enabled;
    j["daemons"] = std::move(daemons);
    j["tasks"] = std::move(tasks);
    j["stopped_daemons"] = std::move(stopped);
    j["logs"] = std::move(logs);
    j["status_output"] = boinc::utf8(status.statusOutput);
    j["status_exit_code"] = status.statusExitCode;
    j["warnings"] = std::move(warnings);
    return j;
}

} // namespace bdm::server
