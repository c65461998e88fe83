#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTemporaryDir;

namespace bdm::lab {

// A fake BOINC project directory for the submission tests: bin/ holds the Python test
// doubles of boinc2docker_create_work, stage_file, create_work and cancel_jobs
// (tests/support/fake-project), beside download/, upload/, templates/, config.xml (with an
// upload_url) and project.xml. The programs record each invocation's argv in
// fake_argv.jsonl and the workunits in fake_state.json. Reached over SSH through
// LabSshServer (same machine, same user), or run directly.
class LabProjectServer
{
public:
    LabProjectServer();
    ~LabProjectServer();
    LabProjectServer(const LabProjectServer&) = delete;
    LabProjectServer& operator=(const LabProjectServer&) = delete;

    // apps: the BOINC apps project.xml declares (create_work refuses others).
    bool create(const QStringList& apps = {QStringLiteral("docker_app")});
    QString errorString() const;
    QString directory() const;
    QString uploadUrl() const;

    // Test switches, each consumed by the next invocation that checks it.
    bool failNext();                         // boinc2docker_create_work fails with a traceback, exit 1
    bool slowNext(double seconds);           // boinc2docker_create_work sleeps before create_work
    bool slowNextCreateWork(double seconds); // create_work sleeps before creating anything

    // The daemons of config.xml (feeder, transitioner, file_deleter, a validator; db_purge
    // disabled), run as bin/fake_daemon processes the way bin/start and bin/stop run them, for
    // bin/status and the log_<host>/ tails. The destructor stops them.
    bool startDaemons();
    bool stopDaemons();
    bool killDaemon(const QString& name); // dies; its pid file stays: bin/status says NOT RUNNING

    bool writeTemplate(const QString& name, const QByteArray& content); // templates/<name>
    QJsonArray workunits() const;                                       // fake_state.json
    int workunitCount() const;
    // Invocations as the programs received them: {"prog", "argv", "cwd"}; prog empty: all.
    QList<QJsonObject> invocations(const QString& prog = {}) const;

    // Drops every output file of `workunit` into upload/<hashdir>/ (its result template's
    // names) and marks it done; `error` marks it failed with `detail`.
    bool complete(const QString& workunit, const QByteArray& content = {});
    bool markError(const QString& workunit, const QString& detail);

    // BOINC's download/upload hierarchy: <root>/<hashdir>/<name>, fanout 1024.
    static QString hashDir(const QString& name, int fanout = 1024);
    QString downloadPath(const QString& name) const;
    QString uploadPath(const QString& name) const;

private:
    bool control(const QStringList& arguments, QByteArray* output = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_error;
};

} // namespace bdm::lab
