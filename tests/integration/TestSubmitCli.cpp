// `boinc-docker submit` and `jobs` end to end: the real CLI against a real OpenSSH server with
// a fake BOINC project's bin/ programs on the server side, and against the fake remote
// submission RPC server over real TLS; the journal as the CLI leaves it.

#include "LabProjectServer.h"
#include "LabRpcServer.h"
#include "LabSshServer.h"
#include "LabTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestSubmitCli : public QObject
{
    Q_OBJECT

    lab::LabSshServer m_ssh;
    lab::LabProjectServer m_project;
    lab::LabRpcServer m_rpc;
    QTemporaryDir m_dir;
    QString m_key; // the boinc2docker submission's journal key

    QString journal() const { return m_dir.filePath(u"jobs.sqlite"_s); }
    CliRun cli(QStringList args)
    {
        args << u"--journal"_s << journal();
        lab::RunOptions options;
        options.timeoutMs = 120000;
        options.workingDirectory = m_dir.path();
        const lab::RunResult r = lab::runProcess(QStringLiteral(BDM_CLI_PATH), args, options);
        return CliRun{r.exitCode, r.standardOutput, r.standardError};
    }
    // A spec folder: spec.json, an input with a hostile name, and the job's script.
    QString writeSpec(const QString& folder, const QJsonObject& target, const QString& name)
    {
        const QString dir = m_dir.filePath(folder);
        QDir().mkpath(dir);
        writeFile(dir + u"/it's $(touch pwned) data.txt"_s, "42\n");
        writeFile(dir + u"/run.sh"_s, "#!/bin/bash\ncat ./*data.txt > result.txt\n");
        QJsonObject spec{{u"spec_version"_s, 1},
                         {u"name"_s, name},
                         {u"app"_s, u"docker_app"_s},
                         {u"image"_s, u"local/busybox:1"_s},
                         {u"script"_s, u"run.sh"_s},
                         {u"inputs"_s, QJsonArray{u"it's $(touch pwned) data.txt"_s}},
                         {u"outputs"_s, QJsonArray{u"result.txt"_s}},
                         {u"target"_s, target}};
        const QString path = dir + u"/spec.json"_s;
        writeFile(path, QJsonDocument(spec).toJson());
        return path;
    }
    QJsonObject sshTarget(const QString& mode, const QString& knownHosts) const
    {
        return {{u"transport"_s, u"ssh"_s},
                {u"mode"_s, mode},
                {u"host"_s, m_ssh.destination()},
                {u"port"_s, m_ssh.port()},
                {u"identity_file"_s, m_ssh.identityFile()},
                {u"known_hosts_file"_s, knownHosts},
                {u"project_dir"_s, m_project.directory()}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
        QVERIFY2(m_project.create(), qPrintable(m_project.errorString()));
        QVERIFY2(m_rpc.start(), qPrintable(m_rpc.errorString()));
    }

    void dry_run_shows_the_uploads_and_the_exact_command_and_contacts_nobody()
    {
        const QString spec =
            writeSpec(u"dry"_s, sshTarget(u"boinc2docker"_s, m_ssh.knownHostsFile()), u"dry"_s);
        const CliRun r = cli({u"submit"_s, spec, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(j.value(u"mode"_s).toString(), u"boinc2docker"_s);
        QVERIFY(j.value(u"command"_s).toString().contains(u"bin/boinc2docker_create_work"_s));
        QStringList uploads;
        for (const QJsonValue& u : j.value(u"uploads"_s).toArray())
            uploads << u.toObject().value(u"name"_s).toString().section(u'/', -1);
        // Uploaded under names unique to the submission and safe on the server's command lines.
        QVERIFY2(uploads.filter(QRegularExpression(u"^dry-.*_0_it_s___touch_pwned__data\\.txt$"_s)).size() ==
                         1 &&
                     uploads.filter(QRegularExpression(u"_1_run\\.sh$"_s)).size() == 1,
                 qPrintable(uploads.join(u" | "_s)));
        // The generated job script is shown, gives the file its own name back, and nothing
        // reached the server.
        const QJsonArray files = j.value(u"files"_s).toArray();
        QVERIFY(!files.isEmpty());
        QVERIFY(files[0].toObject().value(u"text"_s).toString().contains(
            u"'it'\\''s $(touch pwned) data.txt'"_s));
        QCOMPARE(m_project.invocations().size(), 0);
    }

    void an_unknown_host_key_stops_with_its_fingerprint_and_the_flag_accepts_exactly_it()
    {
        const QString knownHosts = m_dir.filePath(u"known_hosts"_s);
        QVERIFY(writeFile(knownHosts, {}));
        const QString spec = writeSpec(u"b2d"_s, sshTarget(u"boinc2docker"_s, knownHosts), u"b2d"_s);
        CliRun r = cli({u"submit"_s, spec, u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_ssh.hostKeyFingerprint().toUtf8()), r.err.constData());
        QCOMPARE(QFileInfo(knownHosts).size(), 0);
        QCOMPARE(m_project.workunitCount(), 0);

        // A wrong fingerprint trusts nothing.
        r = cli({u"submit"_s, spec, u"--json"_s, u"--accept-host-key"_s, u"SHA256:AAAA"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QFileInfo(knownHosts).size(), 0);

        r = cli({u"submit"_s, spec, u"--json"_s, u"--accept-host-key"_s, m_ssh.hostKeyFingerprint()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"transport"_s).toString(), u"ssh"_s);
        QCOMPARE(j.value(u"mode"_s).toString(), u"boinc2docker"_s);
        QVERIFY(j.value(u"batch_id"_s).isNull());
        const QJsonArray units = j.value(u"workunits"_s).toArray();
        QCOMPARE(units.size(), 1);
        QVERIFY2(QRegularExpression(u"^docker_app_[a-z0-9]{10}$"_s).match(units[0].toString()).hasMatch(),
                 qPrintable(units[0].toString()));
        QCOMPARE(m_project.workunitCount(), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));
        QVERIFY(!QFile::exists(m_project.directory() + u"/pwned"_s));
    }

    void jobs_lists_refreshes_fetches_and_clones_the_submission()
    {
        CliRun r = cli({u"jobs"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray jobs = r.json().value(u"jobs"_s).toArray();
        QVERIFY(!jobs.isEmpty());
        QJsonObject job;
        for (const QJsonValue& v : jobs) {
            if (v.toObject().value(u"stage"_s).toString() == u"submitted"_s)
                job = v.toObject();
        }
        QVERIFY(!job.isEmpty());
        m_key = job.value(u"key"_s).toString();
        QVERIFY(m_key.startsWith(u"b2d-"_s));
        const QString wu = job.value(u"workunits"_s).toArray().first().toString();

        QVERIFY(m_project.complete(wu, "the answer\n"));
        r = cli({u"jobs"_s, u"--json"_s, u"--refresh"_s, m_key});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool done = false;
        for (const QJsonValue& v : r.json().value(u"jobs"_s).toArray()) {
            if (v.toObject().value(u"key"_s).toString() != m_key)
                continue;
            const QJsonArray statuses = v.toObject().value(u"jobs"_s).toArray();
            done = statuses.size() == 1 && statuses[0].toObject().value(u"state"_s).toString() == u"done"_s;
        }
        QVERIFY2(done, r.out.constData());

        const QString outDir = m_dir.filePath(u"fetched"_s);
        r = cli({u"jobs"_s, u"--fetch"_s, m_key, u"--to"_s, outDir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile result(outDir + u'/' + wu + u"/result.txt"_s);
        QVERIFY2(result.open(QIODevice::ReadOnly), qPrintable(result.fileName()));
        QCOMPARE(result.readAll(), QByteArray("the answer\n"));

        const QString clone = m_dir.filePath(u"clone.json"_s);
        r = cli({u"jobs"_s, u"--clone"_s, m_key, u"--out"_s, clone});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(clone);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject cloned = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(cloned.value(u"app"_s).toString(), u"docker_app"_s);
        QCOMPARE(cloned.value(u"outputs"_s).toArray().first().toString(), u"result.txt"_s);
        // The clone's paths still find the original files.
        r = cli({u"submit"_s, clone, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void a_refusal_exits_1_with_the_servers_text_and_the_journal_says_failed()
    {
        const QString spec =
            writeSpec(u"fail"_s, sshTarget(u"boinc2docker"_s, m_ssh.knownHostsFile()), u"fail"_s);
        QVERIFY(m_project.failNext());
        const CliRun r = cli({u"submit"_s, spec, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Traceback"), r.err.constData());
        const CliRun list = cli({u"jobs"_s, u"--json"_s});
        bool failed = false;
        for (const QJsonValue& v : list.json().value(u"jobs"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"key"_s).toString().startsWith(u"fail-"_s))
                failed = o.value(u"stage"_s).toString() == u"failed"_s &&
                         o.value(u"last_error"_s).toString().contains(u"Traceback"_s);
        }
        QVERIFY(failed);
    }

    void create_work_mode_names_the_workunit_after_the_journal_key()
    {
        const QString spec = writeSpec(u"cw"_s, sshTarget(u"create_work"_s, m_ssh.knownHostsFile()), u"cw"_s);
        const CliRun r = cli({u"submit"_s, spec, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString wu = r.json().value(u"workunits"_s).toArray().first().toString();
        QVERIFY2(wu.startsWith(u"cw-"_s), qPrintable(wu));
        bool found = false;
        for (const QJsonValue& v : m_project.workunits())
            found = found || v.toObject().value(u"name"_s).toString() == wu;
        QVERIFY(found);
    }

    void webrpc_submits_a_batch_with_the_authenticator_file_and_the_test_ca()
    {
        const QString auth = m_dir.filePath(u"authenticator"_s);
        QVERIFY(writeFile(auth, QByteArray(lab::LabRpcServer::aliceAuthenticator) + '\n'));
        const QJsonObject target{{u"transport"_s, u"webrpc"_s},
                                 {u"mode"_s, u"submit_batch"_s},
                                 {u"project_url"_s, m_rpc.projectUrl()},
                                 {u"authenticator_file"_s, auth}};
        const QString spec = writeSpec(u"rpc"_s, target, u"rpc"_s);
        // Without the test CA the server's certificate is refused: a connection error.
        CliRun r = cli({u"submit"_s, spec, u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_rpc.requestCount(u"submit_batch"_s), 0);

        r = cli({u"submit"_s, spec, u"--json"_s, u"--ca-file"_s, m_rpc.caFile()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"transport"_s).toString(), u"webrpc"_s);
        QVERIFY(!j.value(u"batch_id"_s).toString().isEmpty());
        QCOMPARE(j.value(u"workunits"_s).toArray().size(), 1);
        QCOMPARE(m_rpc.requestCount(u"submit_batch"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestSubmitCli)
#include "TestSubmitCli.moc"
