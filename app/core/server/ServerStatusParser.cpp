#include "server/ServerStatusParser.h"

#include "server/ServerTr.h"

#include <pugixml.hpp>

namespace bdm::server {
namespace {

QString text(const pugi::xml_node& node)
{
    return QString::fromUtf8(node.child_value()).trimmed();
}

ServerDaemon::State stateOf(const QString& s)
{
    const QString v = s.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (v == QLatin1String("running"))
        return ServerDaemon::State::Running;
    if (v == QLatin1String("not running"))
        return ServerDaemon::State::NotRunning;
    if (v == QLatin1String("disabled"))
        return ServerDaemon::State::Disabled;
    return ServerDaemon::State::Unknown;
}

} // namespace

std::optional<ServerStatus> ServerStatusParser::parse(const QByteArray& xml, QString* error)
{
    const auto refuse = [error](const QString& why) -> std::optional<ServerStatus> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // A project behind a login wall, or a web server's error page, answers with HTML.
    const QByteArray head = xml.left(1024).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.contains("<html"))
        return refuse(Server::tr("the server answered with an HTML page (a login page or an error page?), "
                                 "not the XML of server_status.php?xml=1"));
    pugi::xml_document doc;
    const pugi::xml_parse_result r = doc.load_buffer(xml.constData(), size_t(xml.size()));
    if (!r)
        return refuse(Server::tr("not the XML of server_status.php (%1 at byte %2)")
                          .arg(QString::fromUtf8(r.description()))
                          .arg(r.offset));
    const pugi::xml_node root = doc.child("server_status");
    if (!root)
        return refuse(Server::tr("not a server status: the document is <%1>, not <server_status>")
                          .arg(QString::fromUtf8(doc.document_element().name())));
    ServerStatus s;
    bool ok = false;
    const qint64 t = text(root.child("update_time")).toLongLong(&ok);
    if (ok && t > 0)
        s.updateTime = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    for (const pugi::xml_node d : root.child("daemon_status").children("daemon")) {
        ServerDaemon daemon;
        daemon.host = text(d.child("host"));
        daemon.command = text(d.child("command"));
        daemon.stateText = text(d.child("status"));
        daemon.state = stateOf(daemon.stateText);
        s.daemons << daemon;
    }
    const pugi::xml_node states = root.child("database_file_states");
    for (const pugi::xml_node c : states.children()) {
        bool number = false;
        const double value = text(c).toDouble(&number);
        if (number && c.type() == pugi::node_element)
            s.counts.append({QString::fromUtf8(c.name()), value});
    }
    // Inside <database_file_states> since BOINC 7.x; outside on some older pages.
    pugi::xml_node byApp = states.child("tasks_by_app");
    if (!byApp)
        byApp = root.child("tasks_by_app");
    for (const pugi::xml_node a : byApp.children("app")) {
        ServerAppTasks app;
        app.name = text(a.child("name"));
        app.unsent = text(a.child("unsent")).toLongLong();
        app.inProgress = text(a.child("in_progress")).toLongLong();
        const auto number = [&a](const char* name, double fallback) {
            bool given = false;
            const double v = text(a.child(name)).toDouble(&given);
            return given ? v : fallback;
        };
        app.avgRuntimeHours = number("avg_runtime", -1);
        app.minRuntimeHours = number("min_runtime", -1);
        app.maxRuntimeHours = number("max_runtime", -1);
        app.users = static_cast<qint64>(number("users", -1));
        s.apps << app;
    }
    return s;
}

QString ServerStatusParser::stateName(ServerDaemon::State state)
{
    switch (state) {
    case ServerDaemon::State::Running:
        return QStringLiteral("running");
    case ServerDaemon::State::NotRunning:
        return QStringLiteral("not_running");
    case ServerDaemon::State::Disabled:
        return QStringLiteral("disabled");
    case ServerDaemon::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

boinc::Json ServerStatusParser::toJson(const ServerStatus& status)
{
    boinc::Json daemons = boinc::Json::array();
    for (const ServerDaemon& d : status.daemons)
        daemons.push_back({{"command", boinc::utf8(d.command)},
                           {"host", boinc::utf8(d.host)},
                           {"status", boinc::utf8(stateName(d.state))}});
    boinc::Json counts = boinc::Json::object();
    for (const auto& [name, value] : status.counts)
        counts[boinc::utf8(name)] = value;
    boinc::Json stopped = boinc::Json::array();
    for (const QString& d : status.stoppedDaemons())
        stopped.push_back(boinc::utf8(d));
    boinc::Json j;
    j["update_time"] = status.updateTime.isValid()
                           ? boinc::Json(boinc::utf8(status.updateTime.toString(Qt::ISODate)))
                           : boinc::Json(nullptr);
    j["daemons"] = std::move(daemons);
    j["counts"] = std::move(counts);
    j["stopped_daemons"] = std::move(stopped);
    boinc::Json apps = boinc::Json::array();
    for (const ServerAppTasks& a : status.apps) {
        boinc::Json app{{"name", boinc::utf8(a.name)}, {"unsent", a.unsent}, {"in_progress", a.inProgress}};
        if (a.avgRuntimeHours >= 0) {
            app["avg_runtime_hours"] = a.avgRuntimeHours;
            app["min_runtime_hours"] = a.minRuntimeHours;
            app["max_runtime_hours"] = a.maxRuntimeHours;
            app["users"] = a.users;
        }
        apps.push_back(std::move(app));
    }
    j["tasks_by_app"] = std::move(apps);
    return j;
}

} // namespace bdm::server
