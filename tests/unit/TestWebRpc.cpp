// The web RPC's reply reader on the shapes the real PHP handlers print (including their
// quirks), and the submission plan: content-unique names, job names known up front, inline
// templates whose file count matches the job's inputs.

#include "submit/WebRpcBatch.h"
#include "submit/WebRpcClient.h"
#include "submit/WebRpcPlan.h"
#include "submit/WebRpcReply.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace bdm::submit;

class TestWebRpc : public QObject
{
    Q_OBJECT

private slots:
    void successReplyIsRead();
    void errorEnvelopeIsRefusedWithTheMessageVerbatim();
    void bareErrorWithStrayClosingTagIsRefused();
    void warningWithErrorNumZeroIsNotAnError();
    void abortedLinesAreSkipped();
    void junkBeforeThePrologIsSkipped();
    void jobErrorFlagsAreNotAnEnvelope();
    void unreadableReplyIsAConnectionError();
    void hashesAndNames();
    void planNamesFilesByContentAndJobsByKey();
    void planRejectsLayerDelivery();
};

void TestWebRpc::successReplyIsRead()
{
    const WebRpcReply r =
        WebRpcReply::parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" "
                           "?>\n<submit_batch>\n<batch_id>42</batch_id>\n</submit_batch>\n");
    QVERIFY(r.ok());
    QCOMPARE(r.root.name, QStringLiteral("submit_batch"));
    QCOMPARE(r.root.childText(QStringLiteral("batch_id")), QStringLiteral("42"));
}

void TestWebRpc::errorEnvelopeIsRefusedWithTheMessageVerbatim()
{
    const WebRpcReply r =
        WebRpcReply::parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<query_batch>\n<error>\n"
                           "<error_num>-1</error_num>\n<error_msg>no such batch</error_msg>\n"
                           "<file>x.php</file>\n<line>12</line>\n</error>\n</query_batch>\n");
    QCOMPARE(r.error.kind, SubmitError::Kind::Refused);
    QCOMPARE(r.error.serverText, QStringLiteral("no such batch"));
}

void TestWebRpc::bareErrorWithStrayClosingTagIsRefused()
{
    // xml_error() before the outer tag was opened still prints the closing outer tag.
    const WebRpcReply r =
        WebRpcReply::parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<error>\n<error_num>-1"
                           "</error_num>\n<error_msg>can't parse request message</error_msg>\n"
                           "</error>\n</submit_batch>\n");
    QCOMPARE(r.error.kind, SubmitError::Kind::Refused);
    QCOMPARE(r.error.serverText, QStringLiteral("can't parse request message"));
}

void TestWebRpc::warningWithErrorNumZeroIsNotAnError()
{
    const WebRpcReply r =
        WebRpcReply::parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<ping>\n<error>\n"
                           "<error_num>0</error_num>\n<error_msg>Undefined index</error_msg>\n"
                           "</error>\n<success>1</success>\n</ping>\n");
    QVERIFY(r.ok());
    QCOMPARE(r.warnings, QStringList{QStringLiteral("Undefined index")});
    QCOMPARE(r.root.childText(QStringLiteral("success")), QStringLiteral("1"));
}

void TestWebRpc::abortedLinesAreSkipped()
{
    const QByteArray body =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<abort_jobs>\n<aborted job_1>\n"
        "<aborted job_2>\n<success>1</success>\n</abort_jobs>\n";
    // A strict parser fails on it; this one must not.
    QXmlStreamReader strict(body);
    while (!strict.atEnd())
        strict.readNext();
    QVERIFY(strict.hasError());
    const WebRpcReply r = WebRpcReply::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.root.childText(QStringLiteral("success")), QStringLiteral("1"));
}

void TestWebRpc::junkBeforeThePrologIsSkipped()
{
    const WebRpcReply r =
        WebRpcReply::parse("\nNotice: Undefined variable $x in /var/www/inc/util.inc on line 3\n"
                           "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<ping>\n<success>1"
                           "</success>\n</ping>\n");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.root.name, QStringLiteral("ping"));
}

void TestWebRpc::jobErrorFlagsAreNotAnEnvelope()
{
    const WebRpcReply r = WebRpcReply::parse(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<query_batch>\n<id>7</id>\n<state>2</state>\n"
        "<name>k</name>\n<job>\n<id>1</id>\n<name>k_0</name>\n<canonical_instance_id>0</"
        "canonical_instance_id>\n"
        "<status>error</status>\n<error>0x8</error>\n<exit_status>-1</exit_status>\n</job>\n<job>\n<id>2</"
        "id>\n"
        "<name>k_1</name>\n<canonical_instance_id>9</canonical_instance_id>\n<status>done</status>\n"
        "<exit_status>0</exit_status>\n</job>\n</query_batch>\n");
    QVERIFY(r.ok());
    const WebRpcBatch b = WebRpcBatch::fromReply(r.root);
    QCOMPARE(b.id, QStringLiteral("7"));
    QCOMPARE(b.state, int(WebRpcBatch::Complete));
    QCOMPARE(b.jobs.size(), 2);
    QCOMPARE(b.jobs[0].errorFlags, QStringLiteral("0x8"));
    const QList<JobStatus> s = b.statuses({QStringLiteral("out.txt")});
    QCOMPARE(s[0].state, JobStatus::State::Error);
    QCOMPARE(s[1].state, JobStatus::State::Done);
    QCOMPARE(s[1].outputFiles, QStringList{QStringLiteral("out.txt")});
}

void TestWebRpc::unreadableReplyIsAConnectionError()
{
    const WebRpcReply r = WebRpcReply::parse("<html><body>502 Bad Gateway</body>");
    QCOMPARE(r.error.kind, SubmitError::Kind::Connection);
    QVERIFY(r.error.serverText.contains(QLatin1String("502")));
}

void TestWebRpc::hashesAndNames()
{
    // md5("secret" + "alice@example.org"): the email is lower-cased first.
    QCOMPARE(WebRpcClient::passwordHash(QStringLiteral("secret"), QStringLiteral("Alice@Example.ORG")),
             QString::fromLatin1(
                 QCryptographicHash::hash("secretalice@example.org", QCryptographicHash::Md5).toHex()));
    QCOMPARE(WebRpcClient::authString(QStringLiteral("abc"), QStringLiteral("wu_0")),
             QString::fromLatin1(QCryptographicHash::hash("abcwu_0", QCryptographicHash::Md5).toHex()));
    QVERIFY(WebRpcClient::isValidPhysicalName(QStringLiteral("jf_0123 abc.txt")));
    QVERIFY(!WebRpcClient::isValidPhysicalName(QStringLiteral("../x")));
    QVERIFY(!WebRpcClient::isValidPhysicalName(QString()));
    QVERIFY(!WebRpcClient::isValidPhysicalName(QString(256, QLatin1Char('a'))));
}

void TestWebRpc::planNamesFilesByContentAndJobsByKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile in(dir.filePath(QStringLiteral("data file.txt")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("payload");
    in.close();
    JobSpec s;
    s.name = QStringLiteral("p");
    s.app = QStringLiteral("docker_app");
    s.image = QStringLiteral("debian:12");
    s.command = {QStringLiteral("echo"), QStringLiteral("{n}")};
    s.inputs = {QStringLiteral("data file.txt")};
    s.baseDir = dir.path();
    s.outputs = {QStringLiteral("out.txt")};
    s.parameterNames = {QStringLiteral("n")};
    s.parameterRows = {{QStringLiteral("1")}, {QStringLiteral("2")}};
    JournalEntry e;
    e.key = QStringLiteral("p-20261122000000-abcdef");
    QString error;
    const std::optional<WebRpcPlan> plan = WebRpcPlan::build(s, e, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->batchName, e.key);
    QCOMPARE(plan->jobNames, (QStringList{e.key + QStringLiteral("_0"), e.key + QStringLiteral("_1")}));
    // The input once (by its MD5), then one job script per row (their commands differ).
    QCOMPARE(plan->uploads.size(), 3);
    QCOMPARE(plan->uploads[0].physicalName,
             QStringLiteral("jf_") +
                 QString::fromLatin1(QCryptographicHash::hash("payload", QCryptographicHash::Md5).toHex()));
    for (const WebRpcUpload& u : plan->uploads)
        QVERIFY(WebRpcClient::isValidPhysicalName(u.physicalName));
    QCOMPARE(plan->jobInputs.size(), 2);
    QCOMPARE(plan->jobInputs[0].size(), 2);
    QCOMPARE(plan->jobInputs[0][0], plan->uploads[0].physicalName);
    QVERIFY(plan->jobInputs[0][1] != plan->jobInputs[1][1]);

    // The batch XML is well formed and each job's inline template has one file_info per input.
    const QByteArray xml = plan->batchXml();
    const WebRpcReply parsed = WebRpcReply::parse(xml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
    QCOMPARE(parsed.root.childText(QStringLiteral("batch_name")), e.key);
    const QList<const WebRpcElement*> jobs = parsed.root.childrenNamed(QStringLiteral("job"));
    QCOMPARE(jobs.size(), 2);
    for (const WebRpcElement* job : jobs) {
        const WebRpcElement* tmpl = job->child(QStringLiteral("input_template"));
        QVERIFY(tmpl);
        QCOMPARE(tmpl->childrenNamed(QStringLiteral("file_info")).size(),
                 job->childrenNamed(QStringLiteral("input_file")).size());
        QVERIFY(job->child(QStringLiteral("output_template")));
        QCOMPARE(job->childrenNamed(QStringLiteral("input_file"))[0]->childText(QStringLiteral("mode")),
                 QStringLiteral("local_staged"));
    }
    // With an INIT batch's id, that batch is filled instead of a new one named.
    const WebRpcReply withId = WebRpcReply::parse(plan->batchXml(QStringLiteral("17")));
    QCOMPARE(withId.root.childText(QStringLiteral("batch_id")), QStringLiteral("17"));
    QVERIFY(!withId.root.child(QStringLiteral("batch_name")));
    // The review text never carries an authenticator.
    QVERIFY(plan->submitRequest.contains("<submit_batch>"));
}

void TestWebRpc::planRejectsLayerDelivery()
{
    JobSpec s;
    s.name = QStringLiteral("p");
    s.app = QStringLiteral("docker_app");
    s.image = QStringLiteral("debian:12");
    s.imageDelivery = QStringLiteral("layers");
    s.command = {QStringLiteral("true")};
    JournalEntry e;
    e.key = QStringLiteral("k");
    QString error;
    QVERIFY(!WebRpcPlan::build(s, e, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebRpc)
#include "TestWebRpc.moc"
