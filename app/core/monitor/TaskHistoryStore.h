#pragma once

#include "monitor/TaskHistoryRecord.h"

#include <QList>
#include <QString>

class QIODevice;

namespace bdm::monitor {

// Finished container tasks in an SQLite file (QtSql). The schema version is SQLite's
// user_version; open() creates or upgrades the file. Calls are synchronous and short (one
// row, one index); keep the store off the GUI thread where many rows are read or exported.
class TaskHistoryStore
{
public:
    static constexpr int schemaVersion = 1;

    TaskHistoryStore();
    ~TaskHistoryStore();
    TaskHistoryStore(const TaskHistoryStore&) = delete;
    TaskHistoryStore& operator=(const TaskHistoryStore&) = delete;

    // <AppDataLocation>/task-history.sqlite
    static QString defaultPath();

    // False with errorString() set when the file cannot be opened, or was written by a newer
    // version of the application (a higher user_version than this one knows).
    bool open(const QString& path = defaultPath());
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int fileSchemaVersion() const; // user_version of the open file

    // Stores the record; returns its row id, 0 on failure.
    qint64 add(const TaskHistoryRecord& record);
    // Newest finished first; limit <= 0 means all.
    QList<TaskHistoryRecord> newest(int limit = 100) const;
    int count() const;

    // RFC 4180 CSV with a header line; fields with commas, quotes or line breaks are quoted.
    static QByteArray toCsv(const QList<TaskHistoryRecord>& records);
    bool exportCsv(const QString& filePath, int limit = 0);

private:
    bool migrate();

    QString m_connectionName;
    QString m_path;
    mutable QString m_error;
};

} // namespace bdm::monitor
