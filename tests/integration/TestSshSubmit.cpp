// SshBackend against a real sshd (LabSshServer) and a fake BOINC project whose bin/ programs
// honour the real tools' contracts (LabProjectServer): boinc2docker and create_work modes,
// server refusals shown verbatim, host key verification, hostile file names, and a
// connection cut mid-upload and mid-submit that a retry completes without a duplicate.

#include "LabProjectServer.h"
#include "LabSshServer.h"
#include "LabTools.h"
#include "submit/JobJournal.h"
#include "submit/ServerPlanClassReader.h"
#include "submit/SshBackend.h"
#include "submit/SshHostKeyScan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace bdm::lab;
using namespace bdm::submit;

namespace {

constexpr int submitTimeoutMs = 60000;

// What the caller of a backend does (SubmitRunner in the app): journal each stage before the
// step runs and the outcome when it comes. A connection error leaves the stage as it was.
struct Outcome
{
    bool done = false;
    SubmitOutcome outcome;
    SubmitError error;
};

} // namespace

class TestSshSubmit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void boinc2dockerJobIsSubmittedWithExactlyTheRealFlags();
    void argumentParserRejectionIsShownVerbatim();
    void serverTracebackIsAFailureWithItsTextVerbatim();
    void unknownHostKeyIsShownWithItsFingerprintAndWorksOnceAccepted();
    void changedHostKeyIsALoudDifferentError();
    void createWorkBatchHasItsNamesBeforeSubmissionAndOneSession();
    void hostileFileNamesArriveIntactAndRunNothing();
    void outputsAreQueriedAndFetchedUnderTheSpecsNames();
    void abortCancelsTheJobsWithCancelJobs();
    void connectionCutMidUploadResumesWithoutDuplicate();
    void connectionCutMidSubmitIsReadBackNotSubmittedTwice();
    void cancelDuringSubmitEndsCancelledAndTheRetryReadsTheRecord();
    void planClassesAreReadFromTheServer();

private:
    SubmitTarget target(const QString& mode, const QString& knownHosts = {}) const;
    JobSpec spec(const QString& mode, const QStringList& inputs = {}) const;
    JournalEntry newEntry(const JobSpec& spec);
    std::unique_ptr<SshBackend> backend(const SubmitTarget& t) const;
    Outcome submit(SshBackend& b, const JobSpec& s, const JournalEntry& e,
                   const std::function<void(SshBackend&)>& midway = {});
    QString writeLocal(const QString& name, const QByteArray& content);

    LabSshServer m_ssh;
    LabProjectServer m_project;
    QTemporaryDir m_local;
    JobJournal m_journal;
};

void TestSshSubmit::initTestCase()
{
    QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
    QVERIFY2(m_project.create({QStringLiteral("docker_app")}), qPrintable(m_project.errorString()));
    QVERIFY(m_local.isValid());
    QVERIFY2(m_journal.open(m_local.filePath(QStringLiteral("jobs.sqlite"))),
             qPrintable(m_journal.errorString()));
    // Every job's script: the launcher's input, whatever the generator would write.
    QVERIFY(writeFile(m_local.filePath(QStringLiteral("job.sh")), "#!/bin/bash\necho science > out.txt\n",
                      nullptr));
}

SubmitTarget TestSshSubmit::target(const QString& mode, const QString& knownHosts) const
{
    return m_ssh.target(m_project.directory(), mode, knownHosts);
}

JobSpec TestSshSubmit::spec(const QString& mode, const QStringList& inputs) const
{
    JobSpec s;
    s.name = QStringLiteral("lab");
    s.app = QStringLiteral("docker_app");
    s.image = QStringLiteral("debian:12");
    s.script = m_local.filePath(QStringLiteral("job.sh"));
    s.inputs = inputs;
    s.outputs = {QStringLiteral("out.txt")};
    s.target = target(mode);
    return s;
}

JournalEntry TestSshSubmit::newEntry(const JobSpec& s)
{
    JournalEntry draft;
    draft.key = s.name;
    draft.transport = QStringLiteral("ssh");
    draft.mode = s.target.mode;
    draft.target = s.target.host + QLatin1Char(':') + s.target.projectDir;
    QJsonObject json{{QStringLiteral("name"), s.name},
                     {QStringLiteral("app"), s.app},
                     {QStringLiteral("outputs"), QJsonArray::fromStringList(s.outputs)}};
    draft.specJson = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const auto e = m_journal.create(draft);
    return e.value_or(JournalEntry{});
}

std::unique_ptr<SshBackend> TestSshSubmit::backend(const SubmitTarget& t) const
{
    auto b = std::make_unique<SshBackend>(t);
    SshEndpoint e = b->endpoint();
    e.options << QStringLiteral("GlobalKnownHostsFile=/dev/null");
    b->setEndpoint(e);
    return b;
}

Outcome TestSshSubmit::submit(SshBackend& b, const JobSpec& s, const JournalEntry& e,
                              const std::function<void(SshBackend&)>& midway)
{
    Outcome result;
    QObject context;
    connect(&b, &SubmitBackend::stageChanged, &context, [&](JournalStage stage) {
        m_journal.setStage(e.id, stage);
        if (midway) {
            midway(b);
        }
    });
    connect(&b, &SubmitBackend::progress, &context, [&](const QString&, qint64, qint64) {
        if (midway) {
            midway(b);
        }
    });
    connect(&b, &SubmitBackend::submitted, &context, [&](const SubmitOutcome& o) {
        m_journal.setSubmitted(e.id, o.workunits, o.batchId);
        result.outcome = o;
        result.done = true;
    });
    connect(&b, &SubmitBackend::failed, &context, [&](const SubmitError& error) {
        if (error.kind == SubmitError::Kind::Refused || error.kind == SubmitError::Kind::Usage) {
            m_journal.setStage(e.id, JournalStage::Failed,
                               error.serverText.isEmpty() ? error.message : error.serverText);
        }
        result.error = error;
        result.done = true;
    });
    b.submit(s, e);
    waitUntil([&] { return result.done; }, submitTimeoutMs);
    return result;
}

QString TestSshSubmit::writeLocal(const QString& name, const QByteArray& content)
{
    const QString path = m_local.filePath(QStringLiteral("inputs/") + name);
    writeFile(path, content, nullptr);
    return path;
}

void TestSshSubmit::boinc2dockerJobIsSubmittedWithExactlyTheRealFlags()
{
    // Setup
    const JobSpec s = spec(QStringLiteral("boinc2docker"), {writeLocal(QStringLiteral("data.csv"), "1,2\n")});
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const int before = m_project.workunitCount();

    // Action
    const Outcome o = submit(*b, s, e);

    // Verify: the WU name comes from "Your workunit ID is: <id>", the fake got exactly the
    // flags boinc2docker has, and the journal says Submitted with that name.
    QVERIFY2(o.done && o.error.ok(), qPrintable(o.error.message + QLatin1Char('\n') + o.error.serverText));
    QCOMPARE(o.outcome.workunits.size(), 1);
    static const QRegularExpression wuName(QStringLiteral("^docker_app_[a-z0-9]{10}$"));
    QVERIFY2(wuName.match(o.outcome.workunits[0]).hasMatch(), qPrintable(o.outcome.workunits[0]));
    QCOMPARE(m_project.workunitCount(), before + 1);
    const QList<QJsonObject> calls = m_project.invocations(QStringLiteral("boinc2docker_create_work"));
    QVERIFY(!calls.isEmpty());
    const QString staging = m_project.directory() + QStringLiteral("/tmp_bdm/") + e.key;
    const QStringList expected{QStringLiteral("--appname"), QStringLiteral("docker_app"),
                               QStringLiteral("--input_files"),
                               // The spec's script goes as an input too: the job script runs it.
                               // Under names unique to this submission; the job script renames them back.
                               staging + QLatin1Char('/') + e.key + QStringLiteral("_0_data.csv,") + staging +
                                   QLatin1Char('/') + e.key + QStringLiteral("_1_job.sh"),
                               QStringLiteral("--output_files_names"), QStringLiteral("out.txt"),
                               QStringLiteral("--bash_script_path"), staging + QStringLiteral("/bdm_job.sh")};
    QStringList argv;
    for (const QJsonValue& v : calls.last().value(QLatin1String("argv")).toArray()) {
        argv << v.toString();
    }
    QCOMPARE(argv, expected);
    QCOMPARE(calls.last().value(QLatin1String("cwd")).toString(), m_project.directory());
    const auto journaled = m_journal.entry(e.id);
    QCOMPARE(journaled->stage, JournalStage::Submitted);
    QCOMPARE(journaled->workunits, o.outcome.workunits);
    QVERIFY(QFileInfo::exists(m_project.downloadPath(e.key + QStringLiteral("_0_data.csv"))));
}

void TestSshSubmit::argumentParserRejectionIsShownVerbatim()
{
    // Setup: a GPU vendor boinc2docker's argparse does not offer; and a create_work-only flag
    // sent to the fake directly, to prove its parser knows only the real flag set.
    JobSpec s = spec(QStringLiteral("boinc2docker"));
    s.gpu = GpuRequest{};
    s.gpu->vendor = QStringLiteral("intel");
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const int before = m_project.workunitCount();

    // Action
    const Outcome o = submit(*b, s, e);
    int exitCode = 0;
    m_ssh.ssh(QStringLiteral("cd %1 && bin/boinc2docker_create_work --target_nresults 2")
                  .arg(m_project.directory()),
              &exitCode);

    // Verify: refused with argparse's own words; exit status 2; nothing created.
    QVERIFY(o.done);
    QCOMPARE(o.error.kind, SubmitError::Kind::Refused);
    QVERIFY2(o.error.message.contains(QStringLiteral("exit status 2")), qPrintable(o.error.message));
    QVERIFY2(o.error.serverText.startsWith(QStringLiteral("usage: create_new_job [-h]")),
             qPrintable(o.error.serverText));
    QVERIFY2(o.error.serverText.contains(QStringLiteral(
                 "create_new_job: error: argument --gpu_type: invalid choice: 'intel' (choose from "
                 "'nvidia', 'amd')")),
             qPrintable(o.error.serverText));
    QCOMPARE(exitCode, 2);
    QVERIFY(
        m_ssh.lastStandardError().contains(QStringLiteral("unrecognized arguments: --target_nresults 2")));
    QCOMPARE(m_project.workunitCount(), before);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Failed);
}

void TestSshSubmit::serverTracebackIsAFailureWithItsTextVerbatim()
{
    // Setup
    QVERIFY(m_project.failNext());
    const JobSpec s = spec(QStringLiteral("boinc2docker"));
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const int before = m_project.workunitCount();

    // Action
    const Outcome o = submit(*b, s, e);

    // Verify
    QCOMPARE(o.error.kind, SubmitError::Kind::Refused);
    QVERIFY2(o.error.serverText.startsWith(QStringLiteral("Traceback (most recent call last):")),
             qPrintable(o.error.serverText));
    QVERIFY(o.error.serverText.contains(QStringLiteral("subprocess.CalledProcessError")));
    QCOMPARE(m_project.workunitCount(), before);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Failed);
    QVERIFY(m_journal.entry(e.id)->lastError.contains(QStringLiteral("CalledProcessError")));
}

void TestSshSubmit::unknownHostKeyIsShownWithItsFingerprintAndWorksOnceAccepted()
{
    // Setup: a known_hosts file that does not know the lab server.
    const QString knownHosts = m_local.filePath(QStringLiteral("empty_known_hosts"));
    QVERIFY(writeFile(knownHosts, {}, nullptr));
    JobSpec s = spec(QStringLiteral("boinc2docker"));
    s.target = target(QStringLiteral("boinc2docker"), knownHosts);
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);

    // Action 1
    const Outcome refused = submit(*b, s, e);

    // Verify 1: a connection error of its own kind, the server's real fingerprint, nothing
    // written to known_hosts, nothing sent (the entry never left Prepared).
    QCOMPARE(refused.error.kind, SubmitError::Kind::Connection);
    QCOMPARE(b->lastSshError().kind, SshError::Kind::HostKeyUnknown);
    QVERIFY2(b->lastSshError().fingerprints.join(QLatin1Char(' ')).contains(m_ssh.hostKeyFingerprint()),
             qPrintable(b->lastSshError().fingerprints.join(QLatin1Char(' '))));
    QVERIFY(refused.error.message.contains(m_ssh.hostKeyFingerprint()));
    QCOMPARE(QFileInfo(knownHosts).size(), 0);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Prepared);

    // Action 2: the user accepts what was shown; the same entry is sent again.
    QString error;
    QVERIFY2(SshHostKeyScan::accept(b->endpoint(), b->lastSshError().scannedKeys, &error), qPrintable(error));
    const Outcome accepted = submit(*b, s, e);

    // Verify 2
    QVERIFY2(accepted.error.ok(), qPrintable(accepted.error.message));
    QCOMPARE(accepted.outcome.workunits.size(), 1);
    QVERIFY(QFileInfo(knownHosts).size() > 0);
}

void TestSshSubmit::changedHostKeyIsALoudDifferentError()
{
    // Setup: known_hosts claims another key (the user key's) for the lab server's address.
    QFile userKey(m_ssh.identityFile() + QStringLiteral(".pub"));
    QVERIFY(userKey.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = userKey.readAll().split(' ');
    const QString knownHosts = m_local.filePath(QStringLiteral("wrong_known_hosts"));
    QVERIFY(writeFile(knownHosts,
                      QStringLiteral("[127.0.0.1]:%1 ").arg(m_ssh.port()).toUtf8() + fields[0] + ' ' +
                          fields[1] + '\n',
                      nullptr));
    JobSpec s = spec(QStringLiteral("boinc2docker"));
    s.target = target(QStringLiteral("boinc2docker"), knownHosts);
    auto b = backend(s.target);
    const int before = m_project.workunitCount();

    // Action
    const Outcome o = submit(*b, s, newEntry(s));

    // Verify
    QCOMPARE(o.error.kind, SubmitError::Kind::Connection);
    QCOMPARE(b->lastSshError().kind, SshError::Kind::HostKeyChanged);
    QVERIFY(o.error.message.contains(QStringLiteral("CHANGED")));
    QVERIFY(b->lastSshError().scannedKeys.isEmpty());
    QCOMPARE(m_project.workunitCount(), before);
}

void TestSshSubmit::createWorkBatchHasItsNamesBeforeSubmissionAndOneSession()
{
    // Setup: five rows, one shared input.
    JobSpec s = spec(QStringLiteral("create_work"), {writeLocal(QStringLiteral("shared.dat"), "shared\n")});
    s.name = QStringLiteral("batch");
    s.parameterNames = {QStringLiteral("seed")};
    for (int i = 0; i < 5; ++i) {
        s.parameterRows << QStringList{QString::number(100 + i)};
    }
    s.replication.targetNresults = 2;
    s.replication.minQuorum = 2;
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const int createWorkCalls = static_cast<int>(m_project.invocations(QStringLiteral("create_work")).size());

    // Action
    const Outcome o = submit(*b, s, e);

    // Verify: names <key>_0..4 exist on the server, created by ONE create_work --stdin.
    QVERIFY2(o.error.ok(), qPrintable(o.error.message + QLatin1Char('\n') + o.error.serverText));
    QStringList expected;
    for (int i = 0; i < 5; ++i) {
        expected << QStringLiteral("%1_%2").arg(e.key).arg(i);
    }
    QCOMPARE(o.outcome.workunits, expected);
    QStringList onServer;
    for (const QJsonValue& wu : m_project.workunits()) {
        if (wu[QLatin1String("name")].toString().startsWith(e.key)) {
            onServer << wu[QLatin1String("name")].toString();
            QCOMPARE(wu[QLatin1String("target_nresults")].toString(), QStringLiteral("2"));
            QCOMPARE(wu[QLatin1String("inputs")].toArray().size(), 3); // input, script, job script
        }
    }
    QCOMPARE(onServer, expected);
    const QList<QJsonObject> calls = m_project.invocations(QStringLiteral("create_work"));
    QCOMPARE(calls.size(), createWorkCalls + 1);
    QVERIFY(calls.last()[QLatin1String("argv")].toArray().contains(QStringLiteral("--stdin")));
    // The values travel in the one job script, found by workunit name; none on a command line.
    QCOMPARE(m_project.workunits().last()[QLatin1String("command_line")].toString(), QString());
    QFile script(m_project.downloadPath(e.key + QStringLiteral("_job")));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QByteArray text = script.readAll();
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            text.contains(QStringLiteral("    %1_%2) bdm_p0=%3 ;;").arg(e.key).arg(i).arg(100 + i).toUtf8()));
}

void TestSshSubmit::hostileFileNamesArriveIntactAndRunNothing()
{
    // Setup: names that a careless shell line would execute or split.
    const QStringList names{QStringLiteral("a b.txt"),
                            QStringLiteral("it's.txt"),
                            QStringLiteral("$(touch pwned1).txt"),
                            QStringLiteral("`touch pwned2`.txt"),
                            QStringLiteral("\u00fcn\u00ef c\u00f8d\u00e9.txt"),
                            QStringLiteral("x;touch pwned3"),
                            QStringLiteral("<&amp>\"q\".txt")};
    QStringList paths;
    for (const QString& n : names) {
        paths << writeLocal(n, n.toUtf8());
    }
    const QString dash = writeLocal(QStringLiteral("-rf.txt"), "dash");
    const JobSpec b2d = spec(QStringLiteral("boinc2docker"), paths);
    JobSpec b2dDash = spec(QStringLiteral("boinc2docker"), {dash});
    b2dDash.name = QStringLiteral("dash");
    JobSpec cw = spec(QStringLiteral("create_work"), QStringList(paths) << dash);
    cw.name = QStringLiteral("hostile");
    const JournalEntry b2dEntry = newEntry(b2d);
    const JournalEntry dashEntry = newEntry(b2dDash);
    const JournalEntry cwEntry = newEntry(cw);

    // Action
    const Outcome viaB2d = submit(*backend(b2d.target), b2d, b2dEntry);
    const Outcome viaB2dDash = submit(*backend(b2dDash.target), b2dDash, dashEntry);
    const Outcome viaCw = submit(*backend(cw.target), cw, cwEntry);

    // Verify 1: boinc2docker stages every file, with its own content, under a name unique to
    // the submission that is safe in its comma lists and on create_work's command line.
    QVERIFY2(viaB2d.error.ok(),
             qPrintable(viaB2d.error.message + QLatin1Char('\n') + viaB2d.error.serverText));
    QStringList b2dArgv;
    for (const QJsonObject& call : m_project.invocations(QStringLiteral("boinc2docker_create_work"))) {
        QStringList argv;
        for (const QJsonValue& v : call.value(QLatin1String("argv")).toArray())
            argv << v.toString();
        if (argv.join(QLatin1Char(' ')).contains(b2dEntry.key))
            b2dArgv = argv;
    }
    const QStringList staged =
        b2dArgv.value(b2dArgv.indexOf(QStringLiteral("--input_files")) + 1).split(QLatin1Char(','));
    QCOMPARE(staged.size(), names.size() + 1); // + the spec's script
    for (int i = 0; i < names.size(); ++i) {
        QFile file(m_project.downloadPath(staged[i].section(QLatin1Char('/'), -1)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(names[i]));
        QCOMPARE(file.readAll(), names[i].toUtf8());
    }
    // Verify 2: a leading dash goes through too; the job script gives the file its name back.
    QVERIFY2(viaB2dDash.error.ok(), qPrintable(viaB2dDash.error.message));
    QFile dashScript(m_project.directory() + QStringLiteral("/tmp_bdm/") + dashEntry.key +
                     QStringLiteral("/bdm_job.sh"));
    QVERIFY(dashScript.open(QIODevice::ReadOnly));
    QVERIFY(dashScript.readAll().contains(
        (QStringLiteral("mv -f -- ") + dashEntry.key + QStringLiteral("_0_-rf.txt -rf.txt")).toUtf8()));
    // Verify 3: create_work mode takes every name: the job sees it as <open_name>, escaped.
    QVERIFY2(viaCw.error.ok(), qPrintable(viaCw.error.message + QLatin1Char('\n') + viaCw.error.serverText));
    QFile inTemplate(m_project.directory() + QStringLiteral("/tmp_bdm/") + cwEntry.key +
                     QStringLiteral("/bdm_in.xml"));
    QVERIFY(inTemplate.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(inTemplate.readAll());
    QVERIFY(xml.contains(QStringLiteral("<open_name>&lt;&amp;amp&gt;&quot;q&quot;.txt</open_name>")));
    QVERIFY(xml.contains(QStringLiteral("<open_name>-rf.txt</open_name>")));
    QVERIFY(xml.contains(QStringLiteral("<open_name>$(touch pwned1).txt</open_name>")));
    const QJsonArray inputs = m_project.workunits().last()[QLatin1String("inputs")].toArray();
    QCOMPARE(inputs.size(), names.size() + 3); // + -rf.txt, the spec's script and the job script
    QFile first(m_project.downloadPath(inputs[0].toString()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), names[0].toUtf8());
    for (const QString& dir :
         {m_project.directory(), QDir::homePath(), QDir::currentPath(), m_local.path()}) {
        for (const char* p : {"pwned1", "pwned2", "pwned3"}) {
            QVERIFY2(!QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(p)), qPrintable(dir));
        }
    }
}

void TestSshSubmit::outputsAreQueriedAndFetchedUnderTheSpecsNames()
{
    // Setup: a create_work batch of two, one finished on the "server", with hostile output names.
    JobSpec s = spec(QStringLiteral("create_work"));
    s.name = QStringLiteral("fetch");
    s.outputs = {QStringLiteral("result.txt"), QStringLiteral("../evil $(x).log")};
    s.parameterRows = {{QStringLiteral("1")}, {QStringLiteral("2")}};
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const Outcome o = submit(*b, s, e);
    QVERIFY2(o.error.ok(), qPrintable(o.error.message + QLatin1Char('\n') + o.error.serverText));
    QVERIFY2(m_project.complete(o.outcome.workunits[0], "answer 42\n"), qPrintable(m_project.errorString()));
    const JournalEntry submitted = *m_journal.entry(e.id);

    // Action 1
    QSignalSpy queried(b.get(), &SubmitBackend::queried);
    b->query(submitted);
    QVERIFY(queried.wait(submitTimeoutMs));

    // Verify 1
    const auto statuses = queried.first().first().value<QList<JobStatus>>();
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses[0].state, JobStatus::State::Done);
    QCOMPARE(statuses[0].outputFiles, s.outputs);
    QCOMPARE(statuses[1].state, JobStatus::State::Queued);
    QVERIFY(statuses[1].outputFiles.isEmpty());

    // Action 2
    const QString into = m_local.filePath(QStringLiteral("fetched"));
    QSignalSpy fetched(b.get(), &SubmitBackend::outputsFetched);
    b->fetchOutputs(submitted, into);
    QVERIFY(fetched.wait(submitTimeoutMs));

    // Verify 2: <dir>/<wu>/<output name>, the hostile one kept inside its folder.
    const QStringList files = fetched.first().first().toStringList();
    QCOMPARE(files.size(), 2);
    QFile result(into + QLatin1Char('/') + o.outcome.workunits[0] + QStringLiteral("/result.txt"));
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), QByteArray("answer 42\n"));
    QVERIFY(QFileInfo::exists(into + QLatin1Char('/') + o.outcome.workunits[0] +
                              QStringLiteral("/.._evil $(x).log")));
    QVERIFY(!QFileInfo::exists(into + QStringLiteral("/evil $(x).log")));
}

void TestSshSubmit::abortCancelsTheJobsWithCancelJobs()
{
    JobSpec s = spec(QStringLiteral("create_work"));
    s.name = QStringLiteral("abort");
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const Outcome o = submit(*b, s, e);
    QVERIFY2(o.error.ok(), qPrintable(o.error.serverText));

    QSignalSpy aborted(b.get(), &SubmitBackend::aborted);
    b->abort(*m_journal.entry(e.id));
    QVERIFY(aborted.wait(submitTimeoutMs));

    const QList<QJsonObject> calls = m_project.invocations(QStringLiteral("cancel_jobs"));
    QCOMPARE(calls.last()[QLatin1String("argv")].toArray(),
             (QJsonArray{QStringLiteral("--name"), o.outcome.workunits[0]}));
    QCOMPARE(m_project.workunits().last()[QLatin1String("state")].toString(), QStringLiteral("aborted"));
}

void TestSshSubmit::connectionCutMidUploadResumesWithoutDuplicate()
{
    // Setup: an input big enough to be cut while it travels.
    QByteArray big(48 * 1024 * 1024, 'x');
    for (int i = 0; i < big.size(); i += 4096) {
        big[i] = static_cast<char>('a' + (i / 4096) % 26);
    }
    const JobSpec s = spec(QStringLiteral("create_work"), {writeLocal(QStringLiteral("big.bin"), big)});
    JobSpec named = s;
    named.name = QStringLiteral("cutupload");
    const JournalEntry e = newEntry(named);
    auto b = backend(s.target);
    const int before = m_project.workunitCount();
    bool killed = false;

    // Action 1: kill the ssh client once the big file is partly sent.
    const Outcome cut = submit(*b, named, e, [&](SshBackend& backend) {
        if (!killed && m_journal.entry(e.id)->stage == JournalStage::Uploading &&
            backend.sshProcessId() > 0) {
            const QString part = m_project.directory() + QStringLiteral("/tmp_bdm/") + e.key +
                                 QStringLiteral("/.") + e.key + QStringLiteral("_0_big.bin.part");
            if (QFileInfo(part).size() > 0) {
                killed = true;
                ::kill(static_cast<pid_t>(backend.sshProcessId()), SIGKILL);
            }
        }
    });

    // Verify 1: a connection error; the journal says Uploading; no WU on the server.
    QVERIFY(killed);
    QCOMPARE(cut.error.kind, SubmitError::Kind::Connection);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Uploading);
    QCOMPARE(m_project.workunitCount(), before);

    // Action 2: retry the same entry.
    auto again = backend(s.target);
    const Outcome retried = submit(*again, named, e);

    // Verify 2: one WU, the whole file staged.
    QVERIFY2(retried.error.ok(),
             qPrintable(retried.error.message + QLatin1Char('\n') + retried.error.serverText));
    QCOMPARE(m_project.workunitCount(), before + 1);
    QCOMPARE(QFileInfo(m_project.downloadPath(e.key + QStringLiteral("_0_big.bin"))).size(), big.size());
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitted);
}

void TestSshSubmit::connectionCutMidSubmitIsReadBackNotSubmittedTwice()
{
    // Setup: boinc2docker takes 3 s on the server before it creates the workunit.
    JobSpec s = spec(QStringLiteral("boinc2docker"));
    s.name = QStringLiteral("cutsubmit");
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const int before = m_project.workunitCount();
    const qsizetype callsBefore = m_project.invocations(QStringLiteral("boinc2docker_create_work")).size();
    QVERIFY(m_project.slowNext(3));
    const QString lock =
        m_project.directory() + QStringLiteral("/tmp_bdm/") + e.key + QStringLiteral("/lock");

    // Action 1: cut the connection while the server command runs.
    bool killed = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!killed && QFileInfo::exists(lock) && b->sshProcessId() > 0) {
            killed = true;
            ::kill(static_cast<pid_t>(b->sshProcessId()), SIGKILL);
        }
    });
    poll.start(20);
    const Outcome cut = submit(*b, s, e);
    poll.stop();

    // Verify 1: the outcome is unknown to the app, and the journal says exactly that.
    QVERIFY(killed);
    QCOMPARE(cut.error.kind, SubmitError::Kind::Connection);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitting);

    // Action 2: retry at once (the server command is still running) with a new backend.
    auto again = backend(s.target);
    const Outcome retried = submit(*again, s, e);

    // Verify 2: the recorded workunit, created once; boinc2docker ran once.
    QVERIFY2(retried.error.ok(),
             qPrintable(retried.error.message + QLatin1Char('\n') + retried.error.serverText));
    QCOMPARE(m_project.workunitCount(), before + 1);
    QCOMPARE(m_project.workunits().last()[QLatin1String("name")].toString(),
             retried.outcome.workunits.value(0));
    QCOMPARE(m_project.invocations(QStringLiteral("boinc2docker_create_work")).size(), callsBefore + 1);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitted);

    // Action 3 + verify 3: a third try reads the same record again.
    auto third = backend(s.target);
    const Outcome once_more = submit(*third, s, e);
    QCOMPARE(once_more.outcome.workunits, retried.outcome.workunits);
    QCOMPARE(m_project.workunitCount(), before + 1);
}

void TestSshSubmit::cancelDuringSubmitEndsCancelledAndTheRetryReadsTheRecord()
{
    // Setup: create_work takes 2 s on the server.
    JobSpec s = spec(QStringLiteral("create_work"));
    s.name = QStringLiteral("cancel");
    const JournalEntry e = newEntry(s);
    auto b = backend(s.target);
    const int before = m_project.workunitCount();
    QVERIFY(m_project.slowNextCreateWork(2));

    // Action 1: the user cancels once the server command has started.
    bool armed = false;
    const Outcome cancelled = submit(*b, s, e, [&](SshBackend& backend) {
        if (!armed && m_journal.entry(e.id)->stage == JournalStage::Submitting) {
            armed = true;
            QTimer::singleShot(500, &backend, [&backend] { backend.cancel(); });
        }
    });

    // Verify 1: Cancelled, the journal still says Submitting (the outcome is not known yet).
    QCOMPARE(cancelled.error.kind, SubmitError::Kind::Cancelled);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitting);

    // Action 2 + verify 2: the retry gets the names that were created, once.
    const Outcome retried = submit(*backend(s.target), s, e);
    QVERIFY2(retried.error.ok(),
             qPrintable(retried.error.message + QLatin1Char('\n') + retried.error.serverText));
    QCOMPARE(retried.outcome.workunits, QStringList{e.key});
    QCOMPARE(m_project.workunitCount(), before + 1);
}

void TestSshSubmit::planClassesAreReadFromTheServer()
{
    // Setup
    ServerPlanClassReader reader;
    SshEndpoint e = SshEndpoint::fromTarget(target(QStringLiteral("create_work")));
    e.options << QStringLiteral("GlobalKnownHostsFile=/dev/null");
    reader.setEndpoint(e);
    QSignalSpy finished(&reader, &ServerPlanClassReader::finished);
    QSignalSpy failed(&reader, &ServerPlanClassReader::failed);
    const QString file = m_project.directory() + QStringLiteral("/plan_class_spec.xml");

    // Action 1: the project's file as boinc2docker installs it.
    reader.read(target(QStringLiteral("create_work")));
    QVERIFY(finished.wait(30000));

    // Verify 1
    const auto spec = finished.takeFirst().at(0).value<bdm::readiness::PlanClassSpecFile>();
    QCOMPARE(spec.classes.size(), 1);
    QCOMPARE(spec.classes[0].name, QStringLiteral("docker_test"));
    QVERIFY(spec.classes[0].docker);

    // Action 2: a project without the file.
    QVERIFY(QFile::rename(file, file + QStringLiteral(".away")));
    reader.read(target(QStringLiteral("create_work")));
    const bool answered = finished.wait(30000);
    QFile::rename(file + QStringLiteral(".away"), file);

    // Verify 2: no classes, and a warning saying why, not a failure.
    QVERIFY(answered);
    const auto none = finished.takeFirst().at(0).value<bdm::readiness::PlanClassSpecFile>();
    QVERIFY(none.classes.isEmpty());
    QVERIFY(none.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("plan_class_spec.xml")));

    // Action 3 / Verify 3: a relative project directory is refused before connecting.
    SubmitTarget bad = target(QStringLiteral("create_work"));
    bad.projectDir = QStringLiteral("project");
    reader.read(bad);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("absolute")));
}

QTEST_GUILESS_MAIN(TestSshSubmit)
#include "TestSshSubmit.moc"
