// WebRpcClient and WebRpcBackend against the fake remote submission server (LabRpcServer)
// over real TLS: the happy path from upload to retire, the server's refusals verbatim, a
// certificate from an unknown CA refused, the abort_jobs quirk, and connections dropped
// mid-upload and mid-submit that a retry with the same journal key completes with exactly
// one batch on the server.

#include "LabRpcServer.h"
#include "LabTools.h"
#include "submit/JobJournal.h"
#include "submit/WebRpcBackend.h"
#include "submit/WebRpcClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace bdm::lab;
using namespace bdm::submit;

namespace {

constexpr int rpcTimeoutMs = 30000;

struct Outcome
{
    bool done = false;
    SubmitOutcome outcome;
    SubmitError error;
    QList<JobStatus> statuses;
    QStringList files;
    QList<JournalStage> stages;
};

QString latin(const char* s)
{
    return QString::fromLatin1(s);
}

} // namespace

class TestWebRpcSubmit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void lookupAccountGivesTheAuthenticatorAndRefusesAWrongPassword();
    void happyPathUploadsSubmitsQueriesFetchesAndRetires();
    void secondSubmitOfTheSameEntryReportsTheExistingBatch();
    void badAuthenticatorIsRefusedVerbatim();
    void noSubmitAccessIsRefusedVerbatim();
    void inputCountMismatchIsRefusedVerbatim();
    void immutabilityViolationIsRefusedVerbatim();
    void unknownCertificateAuthorityFailsAsConnection();
    void plainHttpIsNotUsed();
    void abortJobsQuirkAndAbortBatch();
    void phpWarningIsNotAnError();
    void getOutputAuthSchemesAndPlainTextErrors();
    void connectionDroppedMidUploadRetryCompletesOnce();
    void connectionDroppedAfterSubmitIsConfirmedNotDuplicated();
    void connectionLostAfterSubmitRetryFindsTheBatch();
    void connectionDroppedBeforeSubmitRetrySubmitsOnce();
    void cancelDuringASlowReplyEndsOnceWithCancelled();

private:
    JobSpec spec() const;
    JournalEntry newEntry(const JobSpec& s);
    std::unique_ptr<WebRpcBackend>
    backend(const QString& authenticator = latin(LabRpcServer::aliceAuthenticator),
            bool trustCa = true) const;
    Outcome submit(WebRpcBackend& b, const JobSpec& s, const JournalEntry& e);
    Outcome wait(WebRpcBackend& b, const std::function<void()>& start);
    QJsonArray batches();

    LabRpcServer m_server;
    QTemporaryDir m_local;
    JobJournal m_journal;
};

void TestWebRpcSubmit::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_local.isValid());
    QVERIFY2(m_journal.open(m_local.filePath(QStringLiteral("jobs.sqlite"))),
             qPrintable(m_journal.errorString()));
    QVERIFY(writeFile(m_local.filePath(QStringLiteral("in.txt")), "input data\n", nullptr));
}

void TestWebRpcSubmit::init()
{
    // Each test starts with no drops, no delays and the app's default template.
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_upload"), 0));
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit"), 0));
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit_then"), 0));
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_any"), 0));
    QVERIFY(m_server.setSwitch(QStringLiteral("slow_ms"), 0));
    QVERIFY(m_server.setSwitch(QStringLiteral("warning"), false));
    QVERIFY(m_server
                .control({{QStringLiteral("cmd"), QStringLiteral("set_app")},
                          {QStringLiteral("app"), latin(LabRpcServer::appName)},
                          {QStringLiteral("input_count"), QJsonValue()}})
                .value(QLatin1String("ok"))
                .toBool());
}

JobSpec TestWebRpcSubmit::spec() const
{
    JobSpec s;
    s.name = QStringLiteral("web");
    s.app = latin(LabRpcServer::appName);
    s.image = QStringLiteral("debian:12");
    s.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat in.txt > out.txt")};
    s.inputs = {m_local.filePath(QStringLiteral("in.txt"))};
    s.outputs = {QStringLiteral("out.txt")};
    s.target.transport = QStringLiteral("webrpc");
    s.target.mode = QStringLiteral("submit_batch");
    s.target.projectUrl = m_server.projectUrl();
    return s;
}

JournalEntry TestWebRpcSubmit::newEntry(const JobSpec& s)
{
    JournalEntry draft;
    draft.key = s.name;
    draft.transport = s.target.transport;
    draft.mode = s.target.mode;
    draft.target = s.target.projectUrl;
    const QJsonObject json{{QStringLiteral("name"), s.name},
                           {QStringLiteral("app"), s.app},
                           {QStringLiteral("outputs"), QJsonArray::fromStringList(s.outputs)}};
    draft.specJson = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return m_journal.create(draft).value_or(JournalEntry{});
}

std::unique_ptr<WebRpcBackend> TestWebRpcSubmit::backend(const QString& authenticator, bool trustCa) const
{
    SubmitTarget t = spec().target;
    auto b = std::make_unique<WebRpcBackend>(t);
    b->setAuthenticator(authenticator);
    if (trustCa) {
        QString error;
        if (!b->addCaCertificatesFile(m_server.caFile(), &error))
            qWarning("%s", qPrintable(error));
    }
    return b;
}

Outcome TestWebRpcSubmit::wait(WebRpcBackend& b, const std::function<void()>& start)
{
    Outcome r;
    QObject context;
    connect(&b, &SubmitBackend::stageChanged, &context, [&r](JournalStage s) { r.stages << s; });
    connect(&b, &SubmitBackend::submitted, &context, [&r](const SubmitOutcome& o) {
        r.outcome = o;
        r.done = true;
    });
    connect(&b, &SubmitBackend::queried, &context, [&r](const QList<JobStatus>& s) {
        r.statuses = s;
        r.done = true;
    });
    connect(&b, &SubmitBackend::outputsFetched, &context, [&r](const QStringList& f) {
        r.files = f;
        r.done = true;
    });
    connect(&b, &SubmitBackend::aborted, &context, [&r] { r.done = true; });
    connect(&b, &WebRpcBackend::retired, &context, [&r] { r.done = true; });
    connect(&b, &SubmitBackend::failed, &context, [&r](const SubmitError& e) {
        r.error = e;
        r.done = true;
    });
    start();
    if (!waitUntil([&r] { return r.done; }, rpcTimeoutMs))
        r.error = SubmitError{SubmitError::Kind::Connection, QStringLiteral("test timeout"), {}};
    return r;
}

Outcome TestWebRpcSubmit::submit(WebRpcBackend& b, const JobSpec& s, const JournalEntry& e)
{
    QObject context;
    // What SubmitRunner does: journal every stage before the step runs.
    connect(&b, &SubmitBackend::stageChanged, &context,
            [this, &e](JournalStage st) { m_journal.setStage(e.id, st); });
    Outcome r = wait(b, [&] { b.submit(s, e); });
    if (r.error.ok())
        m_journal.setSubmitted(e.id, r.outcome.workunits, r.outcome.batchId);
    return r;
}

QJsonArray TestWebRpcSubmit::batches()
{
    return m_server.state().value(QLatin1String("batches")).toArray();
}

void TestWebRpcSubmit::lookupAccountGivesTheAuthenticatorAndRefusesAWrongPassword()
{
    QNetworkAccessManager network;
    WebRpcClient client(network, QUrl(m_server.projectUrl()));
    QVERIFY(client.addCaCertificatesFile(m_server.caFile(), nullptr));
    QObject context;
    bool done = false;
    SubmitError error;
    QString auth;
    client.lookupAccount(QStringLiteral("Alice@Example.org"), latin(LabRpcServer::alicePassword), &context,
                         [&](const SubmitError& e, const QString& a) {
                             error = e;
                             auth = a;
                             done = true;
                         });
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(auth, latin(LabRpcServer::aliceAuthenticator));
    QCOMPARE(client.authenticator(), auth);

    done = false;
    client.lookupAccount(latin(LabRpcServer::aliceEmail), QStringLiteral("wrong"), &context,
                         [&](const SubmitError& e, const QString& a) {
                             error = e;
                             auth = a;
                             done = true;
                         });
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QCOMPARE(error.kind, SubmitError::Kind::Refused);
    QCOMPARE(error.serverText, QStringLiteral("bad password"));
    QVERIFY(auth.isEmpty());
}

void TestWebRpcSubmit::happyPathUploadsSubmitsQueriesFetchesAndRetires()
{
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    QVERIFY(!e.key.isEmpty());
    auto b = backend();
    const Outcome r = submit(*b, s, e);
    QVERIFY2(r.error.ok(), qPrintable(r.error.message + QLatin1Char(' ') + r.error.serverText));
    QCOMPARE(r.outcome.transport, QStringLiteral("webrpc"));
    QCOMPARE(r.outcome.workunits, QStringList{e.key});
    QVERIFY(!r.outcome.batchId.isEmpty());
    QCOMPARE(r.stages, (QList<JournalStage>{JournalStage::Uploading, JournalStage::Submitting}));
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitted);

    // The server has the input under its MD5 name, a job with inline templates and both files.
    const QJsonObject state = m_server.state();
    const QString inputName = QStringLiteral("jf_") + WebRpcClient::md5Hex("input data\n");
    QVERIFY(state.value(QLatin1String("files")).toObject().contains(inputName));
    QJsonObject batch;
    for (const QJsonValue& v : state.value(QLatin1String("batches")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == e.key)
            batch = v.toObject();
    }
    QCOMPARE(QString::number(batch.value(QLatin1String("id")).toInt()), r.outcome.batchId);
    const QJsonArray jobs = batch.value(QLatin1String("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.at(0).toObject();
    QCOMPARE(job.value(QLatin1String("name")).toString(), e.key);
    QVERIFY(job.value(QLatin1String("has_input_template")).toBool());
    QVERIFY(job.value(QLatin1String("has_output_template")).toBool());
    QCOMPARE(job.value(QLatin1String("inputs")).toArray().size(), 2); // in.txt + the job script
    QCOMPARE(job.value(QLatin1String("inputs")).toArray().at(0).toString(), inputName);

    JournalEntry submitted = *m_journal.entry(e.id);
    Outcome q = wait(*b, [&] { b->query(submitted); });
    QVERIFY2(q.error.ok(), qPrintable(q.error.message));
    QCOMPARE(q.statuses.size(), 1);
    QCOMPARE(q.statuses[0].workunit, e.key);
    QCOMPARE(q.statuses[0].state, JobStatus::State::Queued);

    QVERIFY(m_server.setJob(e.key, QStringLiteral("done"), {QStringLiteral("the science\n")}));
    q = wait(*b, [&] { b->query(submitted); });
    QCOMPARE(q.statuses.value(0).state, JobStatus::State::Done);
    QCOMPARE(q.statuses.value(0).outputFiles, QStringList{QStringLiteral("out.txt")});

    const QString outDir = m_local.filePath(QStringLiteral("outputs-happy"));
    const Outcome f = wait(*b, [&] { b->fetchOutputs(submitted, outDir); });
    QVERIFY2(f.error.ok(), qPrintable(f.error.message));
    const QString expected = QDir(outDir).filePath(e.key + QStringLiteral("/out.txt"));
    QCOMPARE(f.files, QStringList{expected});
    QFile out(expected);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), QByteArray("the science\n"));

    const Outcome rt = wait(*b, [&] { b->retire(submitted); });
    QVERIFY2(rt.error.ok(), qPrintable(rt.error.message));
    for (const QJsonValue& v : batches()) {
        if (v.toObject().value(QLatin1String("name")).toString() == e.key)
            QCOMPARE(v.toObject().value(QLatin1String("state")).toInt(), 4);
    }
}

void TestWebRpcSubmit::secondSubmitOfTheSameEntryReportsTheExistingBatch()
{
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    auto b = backend();
    const Outcome first = submit(*b, s, e);
    QVERIFY2(first.error.ok(), qPrintable(first.error.message));
    const int submits = m_server.requestCount(QStringLiteral("submit_batch"));
    const int uploads = m_server.requestCount(QStringLiteral("upload_files"));
    const Outcome again = submit(*b, s, e);
    QVERIFY2(again.error.ok(), qPrintable(again.error.message));
    QCOMPARE(again.outcome.batchId, first.outcome.batchId);
    QCOMPARE(again.outcome.workunits, first.outcome.workunits);
    QCOMPARE(m_server.requestCount(QStringLiteral("submit_batch")), submits);
    QCOMPARE(m_server.requestCount(QStringLiteral("upload_files")), uploads);
}

void TestWebRpcSubmit::badAuthenticatorIsRefusedVerbatim()
{
    const JobSpec s = spec();
    auto b = backend(QStringLiteral("0000not-an-account0000"));
    const Outcome r = submit(*b, s, newEntry(s));
    QCOMPARE(r.error.kind, SubmitError::Kind::Refused);
    QCOMPARE(r.error.serverText, QStringLiteral("bad authenticator"));
}

void TestWebRpcSubmit::noSubmitAccessIsRefusedVerbatim()
{
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    auto b = backend(latin(LabRpcServer::bobAuthenticator));
    const int before = batches().size();
    const Outcome r = submit(*b, s, e);
    QCOMPARE(r.error.kind, SubmitError::Kind::Refused);
    QCOMPARE(r.error.serverText, QStringLiteral("no submit access"));
    QCOMPARE(batches().size(), before);
}

void TestWebRpcSubmit::inputCountMismatchIsRefusedVerbatim()
{
    // templates/<app>_in with 5 file_infos on the server: every job must bring 5 inputs.
    QVERIFY(m_server
                .control({{QStringLiteral("cmd"), QStringLiteral("set_app")},
                          {QStringLiteral("app"), latin(LabRpcServer::appName)},
                          {QStringLiteral("input_count"), 5}})
                .value(QLatin1String("ok"))
                .toBool());
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    auto b = backend();
    const Outcome r = submit(*b, s, e);
    QCOMPARE(r.error.kind, SubmitError::Kind::Refused);
    QCOMPARE(r.error.serverText, QStringLiteral("wrong # of input files for job 0: need 5, got 2"));
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitting);
}

void TestWebRpcSubmit::immutabilityViolationIsRefusedVerbatim()
{
    QNetworkAccessManager network;
    WebRpcClient client(network, QUrl(m_server.projectUrl()));
    client.setAuthenticator(latin(LabRpcServer::aliceAuthenticator));
    client.addCaCertificatesFile(m_server.caFile(), nullptr);
    QObject context;
    const QString name = QStringLiteral("jf_immutable_test");
    QVERIFY(WebRpcClient::isValidPhysicalName(name));
    QVERIFY(!WebRpcClient::isValidPhysicalName(QStringLiteral("a/b")));
    SubmitError error;
    bool done = false;
    client.uploadFiles({WebRpcFile{name, {}, "one"}}, {}, &context, [&](const SubmitError& e) {
        error = e;
        done = true;
    });
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QVERIFY2(error.ok(), qPrintable(error.message));
    done = false;
    client.uploadFiles({WebRpcFile{name, {}, "two"}}, {}, &context, [&](const SubmitError& e) {
        error = e;
        done = true;
    });
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QCOMPARE(error.kind, SubmitError::Kind::Refused);
    QCOMPARE(error.serverText, QStringLiteral("file immutability violation for ") + name);
}

void TestWebRpcSubmit::unknownCertificateAuthorityFailsAsConnection()
{
    const int before = m_server.requestCount(QStringLiteral("query_batch"));
    for (const bool otherCa : {false, true}) {
        auto b = backend(latin(LabRpcServer::aliceAuthenticator), false);
        if (otherCa)
            QVERIFY(b->addCaCertificatesFile(m_server.otherCaFile(), nullptr));
        const JobSpec s = spec();
        const Outcome r = submit(*b, s, newEntry(s));
        QCOMPARE(r.error.kind, SubmitError::Kind::Connection);
        QVERIFY2(r.error.message.contains(QLatin1String("TLS")), qPrintable(r.error.message));
    }
    // Nothing got through to the handlers.
    QCOMPARE(m_server.requestCount(QStringLiteral("query_batch")), before);
}

void TestWebRpcSubmit::plainHttpIsNotUsed()
{
    JobSpec s = spec();
    s.target.projectUrl = QStringLiteral("http://127.0.0.1:%1/proj/").arg(m_server.port());
    WebRpcBackend b(s.target);
    b.setAuthenticator(latin(LabRpcServer::aliceAuthenticator));
    const Outcome r = submit(b, s, newEntry(s));
    QCOMPARE(r.error.kind, SubmitError::Kind::Usage);
}

void TestWebRpcSubmit::abortJobsQuirkAndAbortBatch()
{
    JobSpec s = spec();
    s.command = {QStringLiteral("echo"), QStringLiteral("{n}")};
    s.parameterNames = {QStringLiteral("n")};
    s.parameterRows = {{QStringLiteral("1")}, {QStringLiteral("2")}, {QStringLiteral("3")}};
    const JournalEntry e = newEntry(s);
    auto b = backend();
    const Outcome r = submit(*b, s, e);
    QVERIFY2(r.error.ok(), qPrintable(r.error.message + QLatin1Char(' ') + r.error.serverText));
    QCOMPARE(r.outcome.workunits, (QStringList{e.key + QStringLiteral("_0"), e.key + QStringLiteral("_1"),
                                               e.key + QStringLiteral("_2")}));

    // abort_jobs answers with a non-XML "<aborted NAME>" line per job before <success>.
    QObject context;
    WebRpcReply reply;
    bool done = false;
    b->client().call(QStringLiteral("abort_jobs"),
                     "<job_name>" + (e.key + QStringLiteral("_0")).toUtf8() + "</job_name>\n", &context,
                     [&](const WebRpcReply& rr) {
                         reply = rr;
                         done = true;
                     });
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QVERIFY2(reply.ok(), qPrintable(reply.error.message));
    QCOMPARE(reply.root.name, QStringLiteral("abort_jobs"));
    QCOMPARE(reply.root.childText(QStringLiteral("success")), QStringLiteral("1"));

    JournalEntry submitted = *m_journal.entry(e.id);
    const Outcome a = wait(*b, [&] { b->abort(submitted); });
    QVERIFY2(a.error.ok(), qPrintable(a.error.message));
    const Outcome q = wait(*b, [&] { b->query(submitted); });
    QCOMPARE(q.statuses.size(), 3);
    for (const JobStatus& st : q.statuses)
        QCOMPARE(st.state, JobStatus::State::Error);
}

void TestWebRpcSubmit::phpWarningIsNotAnError()
{
    QVERIFY(m_server.setSwitch(QStringLiteral("warning"), true));
    QNetworkAccessManager network;
    WebRpcClient client(network, QUrl(m_server.projectUrl()));
    client.setAuthenticator(latin(LabRpcServer::aliceAuthenticator));
    client.addCaCertificatesFile(m_server.caFile(), nullptr);
    QObject context;
    WebRpcReply reply;
    bool done = false;
    client.call(QStringLiteral("ping"), {}, &context, [&](const WebRpcReply& r) {
        reply = r;
        done = true;
    });
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QVERIFY2(reply.ok(), qPrintable(reply.error.message));
    QCOMPARE(reply.warnings, QStringList{QStringLiteral("PHP Warning: fake notice")});
    QCOMPARE(reply.root.childText(QStringLiteral("success")), QStringLiteral("1"));
}

void TestWebRpcSubmit::getOutputAuthSchemesAndPlainTextErrors()
{
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    auto b = backend();
    const Outcome r = submit(*b, s, e);
    QVERIFY2(r.error.ok(), qPrintable(r.error.message));
    WebRpcClient& c = b->client();
    QObject context;
    SubmitError error;
    bool done = false;
    const auto finish = [&](const SubmitError& er) {
        error = er;
        done = true;
    };
    const QString target = m_local.filePath(QStringLiteral("get-output.bin"));

    // Not done yet: get_output.php says so in plain text, and nothing is written.
    c.downloadWorkunitFile(e.key, 0, target, &context, finish);
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QCOMPARE(error.kind, SubmitError::Kind::Refused);
    QVERIFY2(error.serverText.startsWith(QLatin1String("ERROR: ")), qPrintable(error.serverText));
    QVERIFY(!QFile::exists(target));

    QVERIFY(m_server.setJob(e.key, QStringLiteral("done"), {QStringLiteral("result bytes")}));
    // result_file: auth_str = md5(authenticator + result name).
    done = false;
    c.downloadResultFile(e.key + QStringLiteral("_0"), 0, target, &context, finish);
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("result bytes"));
    f.close();

    // batch_files: a zip (PK header) with auth_str = md5(authenticator + batch id).
    done = false;
    const QString zip = m_local.filePath(QStringLiteral("batch.zip"));
    c.downloadBatchFiles(r.outcome.batchId, zip, &context, finish);
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QFile z(zip);
    QVERIFY(z.open(QIODevice::ReadOnly));
    QVERIFY(z.read(2) == "PK");

    // A wrong raw authenticator for workunit_file.
    c.setAuthenticator(latin(LabRpcServer::bobAuthenticator));
    done = false;
    c.downloadWorkunitFile(e.key, 0, m_local.filePath(QStringLiteral("x.bin")), &context, finish);
    QVERIFY(waitUntil([&] { return done; }, rpcTimeoutMs));
    QCOMPARE(error.kind, SubmitError::Kind::Refused);
    QCOMPARE(error.serverText, QStringLiteral("ERROR: bad authenticator"));
    c.setAuthenticator(latin(LabRpcServer::aliceAuthenticator));
}

void TestWebRpcSubmit::connectionDroppedMidUploadRetryCompletesOnce()
{
    JobSpec s = spec();
    // Content unique to this test, so the server does not have it from an earlier one.
    const QString input = m_local.filePath(QStringLiteral("upload-drop.bin"));
    QVERIFY(writeFile(input, QByteArray(256 * 1024, 'u'), nullptr));
    s.inputs = {input};
    const JournalEntry e = newEntry(s);
    // More drops than the network stack's own silent resends, so the failure reaches us.
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_upload"), 10));
    auto b = backend();
    const Outcome first = submit(*b, s, e);
    QCOMPARE(first.error.kind, SubmitError::Kind::Connection);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Uploading);

    QVERIFY(m_server.setSwitch(QStringLiteral("drop_upload"), 0));
    const Outcome retry = submit(*backend(), s, *m_journal.entry(e.id));
    QVERIFY2(retry.error.ok(), qPrintable(retry.error.message));
    int named = 0;
    for (const QJsonValue& v : batches())
        named += v.toObject().value(QLatin1String("name")).toString() == e.key ? 1 : 0;
    QCOMPARE(named, 1);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitted);
}

void TestWebRpcSubmit::connectionDroppedAfterSubmitIsConfirmedNotDuplicated()
{
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    // The server fills the batch, then the reply is lost. QNetworkAccessManager then sends the
    // same POST again by itself; that must not make a second batch, and the outcome must be
    // the batch that was made.
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit_when"), QStringLiteral("after")));
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit"), 1));
    const Outcome r = submit(*backend(), s, e);
    QVERIFY2(r.error.ok(), qPrintable(r.error.message + QLatin1Char(' ') + r.error.serverText));
    QJsonArray named;
    for (const QJsonValue& v : batches()) {
        if (v.toObject().value(QLatin1String("name")).toString() == e.key)
            named << v;
    }
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.at(0).toObject().value(QLatin1String("jobs")).toArray().size(), 1);
    QCOMPARE(QString::number(named.at(0).toObject().value(QLatin1String("id")).toInt()), r.outcome.batchId);
    QCOMPARE(r.outcome.workunits, QStringList{e.key});
}

void TestWebRpcSubmit::connectionLostAfterSubmitRetryFindsTheBatch()
{
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    // The batch is filled, then the server stays unreachable for a while.
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit_when"), QStringLiteral("after")));
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit_then"), 20));
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit"), 1));
    const Outcome first = submit(*backend(), s, e);
    QCOMPARE(first.error.kind, SubmitError::Kind::Connection);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitting);

    QVERIFY(m_server.setSwitch(QStringLiteral("drop_any"), 0));
    const int submitsBefore = m_server.requestCount(QStringLiteral("submit_batch"));
    const Outcome retry = submit(*backend(), s, *m_journal.entry(e.id));
    QVERIFY2(retry.error.ok(), qPrintable(retry.error.message));
    QJsonArray named;
    for (const QJsonValue& v : batches()) {
        if (v.toObject().value(QLatin1String("name")).toString() == e.key)
            named << v;
    }
    QCOMPARE(named.size(), 1);
    QCOMPARE(QString::number(named.at(0).toObject().value(QLatin1String("id")).toInt()),
             retry.outcome.batchId);
    QCOMPARE(retry.outcome.workunits, QStringList{e.key});
    // The retry read the batch back instead of sending submit_batch again.
    QCOMPARE(m_server.requestCount(QStringLiteral("submit_batch")), submitsBefore);
    QCOMPARE(m_journal.entry(e.id)->stage, JournalStage::Submitted);
}

void TestWebRpcSubmit::connectionDroppedBeforeSubmitRetrySubmitsOnce()
{
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit_when"), QStringLiteral("before")));
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit"), 10));
    auto b = backend();
    const Outcome first = submit(*b, s, e);
    QCOMPARE(first.error.kind, SubmitError::Kind::Connection);
    QVERIFY(m_server.setSwitch(QStringLiteral("drop_submit"), 0));
    const Outcome retry = submit(*backend(), s, *m_journal.entry(e.id));
    QVERIFY2(retry.error.ok(), qPrintable(retry.error.message));
    int named = 0;
    for (const QJsonValue& v : batches())
        named += v.toObject().value(QLatin1String("name")).toString() == e.key ? 1 : 0;
    QCOMPARE(named, 1);
}

void TestWebRpcSubmit::cancelDuringASlowReplyEndsOnceWithCancelled()
{
    QVERIFY(m_server.setSwitch(QStringLiteral("slow_ms"), 2000));
    const JobSpec s = spec();
    const JournalEntry e = newEntry(s);
    auto b = backend();
    int endings = 0;
    QObject context;
    connect(b.get(), &SubmitBackend::failed, &context, [&endings](const SubmitError&) { ++endings; });
    connect(b.get(), &SubmitBackend::submitted, &context, [&endings](const SubmitOutcome&) { ++endings; });
    QElapsedTimer timer;
    timer.start();
    const Outcome r = wait(*b, [&] {
        b->submit(s, e);
        QTimer::singleShot(300, b.get(), [&b] { b->cancel(); });
    });
    QCOMPARE(r.error.kind, SubmitError::Kind::Cancelled);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    // The slow reply's time passes without a second ending.
    QTest::qWait(2500);
    QCOMPARE(endings, 1);
}

QTEST_GUILESS_MAIN(TestWebRpcSubmit)
#include "TestWebRpcSubmit.moc"
