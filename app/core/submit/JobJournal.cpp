#include "submit/JobJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace bdm::submit {
namespace {

constexpr int schemaVersion = 1;
constexpr int randomSuffixLength = 6;

const char* const createEntries = "CREATE TABLE IF NOT EXISTS submissions ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " key TEXT NOT NULL UNIQUE,"
                                  " created INTEGER NOT NULL," // Unix milliseconds
                                  " updated INTEGER NOT NULL,"
                                  " spec_json TEXT,"
                                  " spec_path TEXT,"
                                  " transport TEXT,"
                                  " mode TEXT,"
                                  " target TEXT,"
                                  " stage TEXT NOT NULL,"
                                  " workunits TEXT," // JSON array
                                  " batch_id TEXT,"
                                  " last_error TEXT)";

const char* const createStatuses = "CREATE TABLE IF NOT EXISTS job_statuses ("
                                   " submission_id INTEGER NOT NULL,"
                                   " workunit TEXT NOT NULL,"
                                   " state TEXT NOT NULL,"
                                   " detail TEXT,"
                                   " output_files TEXT," // JSON array
                                   " PRIMARY KEY (submission_id, workunit))";

const char* const entryColumns = "id, key, created, updated, spec_json, spec_path, transport, mode, target, "
                                 "stage, workunits, batch_id, last_error";

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString& text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        list << v.toString();
    }
    return list;
}

JobStatus::State stateFromName(const QString& name)
{
    for (const auto state : {JobStatus::State::Queued, JobStatus::State::InProgress, JobStatus::State::Done,
                             JobStatus::State::Error, JobStatus::State::Aborted}) {
        if (jobStateName(state) == name) {
            return state;
        }
    }
    return JobStatus::State::Unknown;
}

// Key characters end up in WU names and remote paths, so only [A-Za-z0-9_.-] survive.
QString keyBase(const JournalEntry& draft)
{
    QString base = draft.key;
    if (base.isEmpty()) {
        base =
            QJsonDocument::fromJson(draft.specJson.toUtf8()).object().value(QLatin1String("name")).toString();
    }
    QString clean;
    for (const QChar c : std::as_const(base)) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                        c == QLatin1Char('.') || c == QLatin1Char('-');
        clean += ok ? c : QLatin1Char('_');
    }
    while (clean.startsWith(QLatin1Char('-')) || clean.startsWith(QLatin1Char('.'))) {
        clean.remove(0, 1);
    }
    return clean.isEmpty() ? QStringLiteral("job") : clean.left(64);
}

QString randomSuffix()
{
    static const QLatin1String alphabet("abcdefghijklmnopqrstuvwxyz0123456789");
    QString s;
    for (int i = 0; i < randomSuffixLength; ++i) {
        s += alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size())));
    }
    return s;
}

JournalEntry entryFromQuery(const QSqlQuery& q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.key = q.value(1).toString();
    e.created = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.updated = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    e.specJson = q.value(4).toString();
    e.specPath = q.value(5).toString();
    e.transport = q.value(6).toString();
    e.mode = q.value(7).toString();
    e.target = q.value(8).toString();
    e.stage = journalStageFromName(q.value(9).toString());
    e.workunits = fromJson(q.value(10).toString());
    e.batchId = q.value(11).toString();
    e.lastError = q.value(12).toString();
    return e;
}

} // namespace

struct JobJournal::Impl
{
    QString connectionName = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    bool fail(const QSqlQuery& q)
    {
        error = q.lastError().text();
        return false;
    }

    // One statement in its own transaction: committed (durable) before the caller goes on.
    bool write(const QString& sql, const QVariantList& values, qint64* insertedId = nullptr)
    {
        QSqlDatabase database = db();
        if (!database.isOpen()) {
            error = QStringLiteral("the journal is not open");
            return false;
        }
        if (!database.transaction()) {
            error = database.lastError().text();
            return false;
        }
        QSqlQuery q(database);
        q.prepare(sql);
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            error = q.lastError().text();
            database.rollback();
            return false;
        }
        if (insertedId) {
            *insertedId = q.lastInsertId().toLongLong();
        }
        if (!database.commit()) {
            error = database.lastError().text();
            database.rollback();
            return false;
        }
        return true;
    }

    void close()
    {
        if (!QSqlDatabase::contains(connectionName)) {
            return;
        }
        {
            QSqlDatabase database = db();
            database.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
};

JobJournal::JobJournal() : d(std::make_unique<Impl>()) {}

JobJournal::~JobJournal()
{
    d->close();
}

QString JobJournal::defaultPath()
{
    // The GUI and the CLI share one journal, whatever the running program calls itself.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("boinc-docker-manager"));
    QCoreApplication::setApplicationName(QStringLiteral("boinc-docker-manager"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return dir + QStringLiteral("/jobs.sqlite");
}

bool JobJournal::open(const QString& path)
{
    d->close();
    d->error.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    database.setDatabaseName(path);
    if (!database.open()) {
        d->error = database.lastError().text();
        d->close();
        return false;
    }
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        d->fail(q);
        d->close();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > schemaVersion) {
        d->error =
            QStringLiteral("%1 has journal schema version %2; this version of the application knows up to %3")
                .arg(path)
                .arg(version)
                .arg(schemaVersion);
        d->close();
        return false;
    }
    // WAL: the CLI can read the journal while the GUI writes it; FULL sync: a committed
    // stage survives a power cut, which is the point of the journal.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    if (!q.exec(QLatin1String(createEntries)) || !q.exec(QLatin1String(createStatuses)) ||
        !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion))) {
        d->fail(q);
        d->close();
        return false;
    }
    return true;
}

QString JobJournal::errorString() const
{
    return d->error;
}

std::optional<JournalEntry> JobJournal::create(const JournalEntry& draft)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString base = keyBase(draft) + QLatin1Char('-') + now.toString(QStringLiteral("yyyyMMddHHmmss"));
    // A clash with an earlier key is possible in principle (same name, same second, same
    // six characters); the UNIQUE constraint catches it and we draw again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        JournalEntry e = draft;
        e.key = base + QLatin1Char('-') + randomSuffix();
        e.created = now;
        e.updated = now;
        e.stage = JournalStage::Prepared;
        qint64 id = 0;
        const bool ok = d->write(
            QStringLiteral("INSERT INTO submissions (key, created, updated, spec_json, spec_path, "
                           "transport, mode, target, stage, workunits, batch_id, last_error) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.key, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), e.specJson, e.specPath, e.transport,
             e.mode, e.target, journalStageName(e.stage), toJson(e.workunits), e.batchId, e.lastError},
            &id);
        if (ok) {
            e.id = id;
            return e;
        }
        if (entryByKey(e.key).has_value()) {
            continue;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool JobJournal::setStage(qint64 id, JournalStage stage, const QString& error)
{
    if (!d->write(
            QStringLiteral("UPDATE submissions SET stage = ?, last_error = ?, updated = ? WHERE id = ?"),
            {journalStageName(stage), error, QDateTime::currentMSecsSinceEpoch(), id})) {
        return false;
    }
    return entry(id).has_value();
}

bool JobJournal::setSubmitted(qint64 id, const QStringList& workunits, const QString& batchId)
{
    if (!d->write(
            QStringLiteral("UPDATE submissions SET stage = ?, workunits = ?, batch_id = ?, last_error = '', "
                           "updated = ? WHERE id = ?"),
            {journalStageName(JournalStage::Submitted), toJson(workunits), batchId,
             QDateTime::currentMSecsSinceEpoch(), id})) {
        return false;
    }
    return entry(id).has_value();
}

std::optional<JournalEntry> JobJournal::entry(qint64 id) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM submissions WHERE id = ?").arg(QLatin1String(entryColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        d->error =
            q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no journal entry %1").arg(id);
        return std::nullopt;
    }
    return entryFromQuery(q);
}

std::optional<JournalEntry> JobJournal::entryByKey(const QString& key) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM submissions WHERE key = ?").arg(QLatin1String(entryColumns)));
    q.addBindValue(key);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return entryFromQuery(q);
}

QList<JournalEntry> JobJournal::entries() const
{
    QList<JournalEntry> list;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM submissions ORDER BY created DESC, id DESC")
                    .arg(QLatin1String(entryColumns)))) {
        d->error = q.lastError().text();
        return list;
    }
    while (q.next()) {
        list << entryFromQuery(q);
    }
    return list;
}

bool JobJournal::saveStatuses(qint64 id, const QList<JobStatus>& statuses)
{
    QSqlDatabase database = d->db();
    if (!database.isOpen() || !database.transaction()) {
        d->error = database.lastError().text();
        return false;
    }
    QSqlQuery q(database);
    q.prepare(QStringLiteral("DELETE FROM job_statuses WHERE submission_id = ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    for (const JobStatus& s : statuses) {
        if (!ok) {
            break;
        }
        q.prepare(
            QStringLiteral("INSERT INTO job_statuses (submission_id, workunit, state, detail, output_files) "
                           "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(s.workunit);
        q.addBindValue(jobStateName(s.state));
        q.addBindValue(s.detail);
        q.addBindValue(toJson(s.outputFiles));
        ok = q.exec();
    }
    if (!ok || !database.commit()) {
        d->error = q.lastError().isValid() ? q.lastError().text() : database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

QList<JobStatus> JobJournal::statuses(qint64 id) const
{
    QList<JobStatus> list;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT workunit, state, detail, output_files FROM job_statuses "
                             "WHERE submission_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (!q.exec()) {
        d->error = q.lastError().text();
        return list;
    }
    while (q.next()) {
        JobStatus s;
        s.workunit = q.value(0).toString();
        s.state = stateFromName(q.value(1).toString());
        s.detail = q.value(2).toString();
        s.outputFiles = fromJson(q.value(3).toString());
        list << s;
    }
    return list;
}

} // namespace bdm::submit
