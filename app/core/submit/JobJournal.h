#pragma once

#include "submit/JournalEntry.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace bdm::submit {

// The submission journal: an SQLite file (default: AppDataLocation/jobs.sqlite). Every
// write is a committed transaction before the function returns, so a crash right after it
// loses nothing. Small and local: used from the thread that owns it.
class JobJournal
{
public:
    JobJournal();
    ~JobJournal();
    JobJournal(const JobJournal&) = delete;
    JobJournal& operator=(const JobJournal&) = delete;

    bool open(const QString& path); // creates the schema; false: errorString()
    QString errorString() const;
    static QString defaultPath();

    // New entry at Prepared with a fresh unique key ("<name>-<yyyyMMddHHmmss>-<6 random>").
    std::optional<JournalEntry> create(const JournalEntry& draft);
    bool setStage(qint64 id, JournalStage stage, const QString& error = {});
    bool setSubmitted(qint64 id, const QStringList& workunits, const QString& batchId);
    std::optional<JournalEntry> entry(qint64 id) const;
    std::optional<JournalEntry> entryByKey(const QString& key) const;
    QList<JournalEntry> entries() const; // newest first
    bool saveStatuses(qint64 id, const QList<JobStatus>& statuses);
    QList<JobStatus> statuses(qint64 id) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bdm::submit
