#include "monitor/TaskHistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace bdm::monitor {
namespace {

const char* const createTable = "CREATE TABLE IF NOT EXISTS task_history ("
                                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                " host TEXT NOT NULL,"
                                " project_url TEXT NOT NULL,"
                                " result_name TEXT NOT NULL,"
                                " container_name TEXT NOT NULL,"
                                " container_id TEXT NOT NULL,"
                                " image TEXT NOT NULL,"
                                " exit_code INTEGER,"
                                " oom_killed INTEGER NOT NULL,"
                                " peak_memory_bytes INTEGER NOT NULL,"
                                " cpu_time REAL NOT NULL,"
                                " elapsed REAL NOT NULL,"
                                " started_at INTEGER,"  // Unix milliseconds
                                " finished_at INTEGER," // Unix milliseconds
                                " final_state INTEGER)";

const char* const columns =
    "id, host, project_url, result_name, container_name, container_id, image, exit_code, "
    "oom_killed, peak_memory_bytes, cpu_time, elapsed, started_at, finished_at, final_state";

QVariant msOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

template <class T> QVariant optionalOrNull(const std::optional<T>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

QByteArray csvField(const QString& text)
{
    QByteArray s = text.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        s.replace("\"", "\"\"");
        s = '"' + s + '"';
    }
    return s;
}

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

TaskHistoryStore::TaskHistoryStore() : m_connectionName(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

TaskHistoryStore::~TaskHistoryStore()
{
    close();
}

QString TaskHistoryStore::defaultPath()
{
    // The GUI writes the history and `boinc-docker history` reads it, so both take the GUI's
    // AppDataLocation, whatever the running program calls itself.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("boinc-docker-manager"));
    QCoreApplication::setApplicationName(QStringLiteral("boinc-docker-manager"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return dir + QStringLiteral("/task-history.sqlite");
}

bool TaskHistoryStore::open(const QString& path)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        close();
        return false;
    }
    if (!migrate()) {
        close();
        return false;
    }
    return true;
}

void TaskHistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TaskHistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

int TaskHistoryStore::fileSchemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool TaskHistoryStore::migrate()
{
    const int version = fileSchemaVersion();
    if (version > schemaVersion) {
        m_error = QStringLiteral("%1 has schema version %2; this version of the application knows up to %3")
                      .arg(m_path)
                      .arg(version)
                      .arg(schemaVersion);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // WAL: a reader (the CLI's history command) never waits for the app's writes.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (version < 1) {
        if (!q.exec(QLatin1String(createTable)) ||
            !q.exec(QStringLiteral(
                "CREATE INDEX IF NOT EXISTS task_history_finished ON task_history(finished_at)")) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 TaskHistoryStore::add(const TaskHistoryRecord& r)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT INTO task_history (host, project_url, result_name, container_name, "
                       "container_id, image, exit_code, oom_killed, peak_memory_bytes, cpu_time, elapsed, "
                       "started_at, finished_at, final_state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariantList values{r.host,
                              r.projectUrl,
                              r.resultName,
                              r.containerName,
                              r.containerId,
                              r.image,
                              optionalOrNull(r.exitCode),
                              r.oomKilled ? 1 : 0,
                              QVariant::fromValue<qint64>(static_cast<qint64>(r.peakMemoryBytes)),
                              r.cpuTime,
                              r.elapsed,
                              msOrNull(r.startedAt),
                              msOrNull(r.finishedAt),
                              optionalOrNull(r.finalState)};
    for (const QVariant& v : values) {
        // NOT NULL text columns: a null QString would bind as NULL.
        q.addBindValue(v.typeId() == QMetaType::QString && v.isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<TaskHistoryRecord> TaskHistoryStore::newest(int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QString sql = QStringLiteral("SELECT %1 FROM task_history ORDER BY finished_at DESC, id DESC")
                      .arg(QLatin1String(columns));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QList<TaskHistoryRecord> out;
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        TaskHistoryRecord r;
        r.id = q.value(0).toLongLong();
        r.host = q.value(1).toString();
        r.projectUrl = q.value(2).toString();
        r.resultName = q.value(3).toString();
        r.containerName = q.value(4).toString();
        r.containerId = q.value(5).toString();
        r.image = q.value(6).toString();
        if (!q.value(7).isNull())
            r.exitCode = q.value(7).toInt();
        r.oomKilled = q.value(8).toInt() != 0;
        r.peakMemoryBytes = static_cast<quint64>(q.value(9).toLongLong());
        r.cpuTime = q.value(10).toDouble();
        r.elapsed = q.value(11).toDouble();
        r.startedAt = timeOf(q.value(12));
        r.finishedAt = timeOf(q.value(13));
        if (!q.value(14).isNull())
            r.finalState = q.value(14).toInt();
        out.append(std::move(r));
    }
    return out;
}

int TaskHistoryStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM task_history")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QByteArray TaskHistoryStore::toCsv(const QList<TaskHistoryRecord>& records)
{
    QByteArray out = QByteArray(columns).replace(" ", "") + "\r\n";
    for (const TaskHistoryRecord& r : records) {
        const QStringList fields{QString::number(r.id),
                                 r.host,
                                 r.projectUrl,
                                 r.resultName,
                                 r.containerName,
                                 r.containerId,
                                 r.image,
                                 r.exitCode ? QString::number(*r.exitCode) : QString(),
                                 r.oomKilled ? QStringLiteral("1") : QStringLiteral("0"),
                                 QString::number(r.peakMemoryBytes),
                                 QString::number(r.cpuTime, 'f', 3),
                                 QString::number(r.elapsed, 'f', 3),
                                 isoOrEmpty(r.startedAt),
                                 isoOrEmpty(r.finishedAt),
                                 r.finalState ? QString::number(*r.finalState) : QString()};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

bool TaskHistoryStore::exportCsv(const QString& filePath, int limit)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.write(toCsv(newest(limit)));
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

} // namespace bdm::monitor
