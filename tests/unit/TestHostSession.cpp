#include "TestData.h"
#include "monitor/HostSession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bdm;
using boinc::ConnectionState;
using monitor::HostSession;

// A peer that answers GUI RPC with replies recorded from a real BOINC 8.3 client, checks the
// auth2 hash as the client does, or (Silent) accepts the connection and never answers: what a
// hung or firewalled-after-accept host looks like, which a real client cannot be made to do.
class RecordedPeer : public QObject
{
public:
    explicit RecordedPeer(QString password = {}) : m_password(std::move(password))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
    }
    boinc::RpcEndpoint endpoint() const { return {QStringLiteral("127.0.0.1"), m_server.serverPort(), {}}; }

    bool silent = false;
    int connections = 0;
    QMap<QString, int> requests; // op name -> how often it was asked
    QByteArray lastRequest;

private:
    static QByteArray reply(const QString& name)
    {
        return test::readReply(QStringLiteral("captures/boinc-8.3.0-linux-docker/") + name +
                               QStringLiteral(".reply")) +
               '\x03';
    }

    void onRead(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        for (qsizetype end = buffer.indexOf('\x03'); end >= 0; end = buffer.indexOf('\x03')) {
            const QByteArray request = buffer.left(end);
            buffer.remove(0, end + 1);
            if (silent)
                continue;
            // The op is the second tag, after <boinc_gui_rpc_request>.
            const qsizetype open = request.indexOf('<', request.indexOf('>') + 1);
            qsizetype end2 = open + 1;
            while (end2 < request.size() && !QByteArray(" />\n").contains(request.at(end2)))
                ++end2;
            const QByteArray op = request.mid(open + 1, end2 - open - 1);
            const QString name = QString::fromLatin1(op.trimmed());
            ++requests[name];
            lastRequest = request;
            answer(s, name, request);
        }
    }

    void answer(QTcpSocket* s, const QString& op, const QByteArray& request)
    {
        if (op == QLatin1String("auth1")) {
            s->write(reply(QStringLiteral("auth1")));
            return;
        }
        if (op == QLatin1String("auth2")) {
            const QByteArray expected =
                QCryptographicHash::hash("1795313075.269756" + m_password.toUtf8(), QCryptographicHash::Md5)
                    .toHex();
            if (request.contains("<nonce_hash>" + expected + "</nonce_hash>")) {
                s->write(reply(QStringLiteral("auth2")));
            } else {
                s->write(reply(QStringLiteral("auth2.wrong_password")));
                s->disconnectFromHost(); // as the client does after a wrong hash
            }
            return;
        }
        static const QStringList recorded{QStringLiteral("exchange_versions"),
                                          QStringLiteral("get_host_info"), QStringLiteral("get_state"),
                                          QStringLiteral("get_cc_status"), QStringLiteral("get_results")};
        if (recorded.contains(op))
            s->write(reply(op));
        else
            s->write("<boinc_gui_rpc_reply>\n<success/>\n</boinc_gui_rpc_reply>\n\x03");
    }

    QTcpServer m_server;
    QString m_password;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

class TestHostSession : public QObject
{
    Q_OBJECT

    static monitor::PollSchedule fastSchedule()
    {
        monitor::PollSchedule s;
        s.roundPauseMs = 100;
        s.resultsIntervalMs = 400;
        s.retryMinMs = 200;
        s.retryMaxMs = 800;
        return s;
    }

private slots:
    void a_session_fills_its_snapshot_and_asks_for_state_only_once()
    {
        RecordedPeer peer;
        HostSession session(QStringLiteral("h1"));
        session.setEndpoint(peer.endpoint());
        session.setSchedule(fastSchedule());
        QSignalSpy states(&session, &HostSession::stateChanged);
        QSignalSpy results(&session, &HostSession::resultsChanged);
        QSignalSpy hostInfo(&session, &HostSession::hostInfoChanged);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot().rounds >= 12, 10000);
        session.stop();

        const monitor::HostSnapshot& s = session.snapshot();
        QCOMPARE(s.state, ConnectionState::Connected);
        QCOMPARE(states.first().at(0).toString(), QStringLiteral("h1"));
        QCOMPARE(states.first().at(1).value<ConnectionState>(), ConnectionState::Connecting);
        QCOMPARE(s.clientVersion.toString(), QStringLiteral("8.3.0"));
        QVERIFY(s.hostInfo && s.hostInfo->hasContainerEngine());
        QVERIFY(s.ccStatus);
        QVERIFY(s.haveResults && !s.results.isEmpty());
        QVERIFY2(!s.results.first().projectName.isEmpty(), "get_state's names annotate the results");
        QVERIFY(s.lastContact.isValid() && s.lastContact.secsTo(QDateTime::currentDateTimeUtc()) < 5);
        QCOMPARE(s.failedRounds, 0u);
        QCOMPARE(hostInfo.size(), 1);
        QVERIFY(results.size() >= 2);
        // The schedule: state and host info once, cc_status every round, results every few.
        QCOMPARE(peer.requests.value(QStringLiteral("get_state")), 1);
        QCOMPARE(peer.requests.value(QStringLiteral("get_host_info")), 1);
        QCOMPARE(peer.requests.value(QStringLiteral("exchange_versions")), 1);
        QVERIFY(peer.requests.value(QStringLiteral("get_cc_status")) >= 12);
        QVERIFY2(peer.requests.value(QStringLiteral("get_results")) <
                     peer.requests.value(QStringLiteral("get_cc_status")),
                 "results are polled less often than cc_status");
        QVERIFY(peer.requests.value(QStringLiteral("get_results")) >= 2);
        QCOMPARE(peer.connections, 1); // one persistent connection
    }

    void a_peer_that_accepts_and_never_answers_goes_to_timeout_then_recovers_when_it_answers()
    {
        RecordedPeer peer;
        peer.silent = true;
        HostSession session(QStringLiteral("hung"));
        session.setEndpoint(peer.endpoint());
        session.setSchedule(fastSchedule());
        session.setReplyTimeout(500);
        QElapsedTimer clock;
        clock.start();
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot().state, ConnectionState::TimedOut, 3000);
        QVERIFY2(clock.elapsed() >= 450, "not before the reply timeout");
        QVERIFY(session.snapshot().stateDetail.contains(QLatin1String("did not answer within")));
        QVERIFY(!session.snapshot().lastContact.isValid());
        // It keeps retrying, with pauses, on fresh connections.
        QTRY_VERIFY_WITH_TIMEOUT(peer.connections >= 3, 5000);
        QVERIFY(session.snapshot().failedRounds >= 2);

        peer.silent = false;
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot().state, ConnectionState::Connected, 5000);
        QTRY_VERIFY(session.snapshot().haveResults);
        QVERIFY(session.snapshot().lastContact.isValid());
        QVERIFY(session.snapshot().hostInfo);
        const quint64 rounds = session.snapshot().rounds;
        QTRY_VERIFY(session.snapshot().rounds > rounds + 2);
    }

    void a_wrong_password_is_auth_failed_and_the_right_one_connects()
    {
        RecordedPeer peer(QStringLiteral("right"));
        HostSession session(QStringLiteral("h"));
        session.setEndpoint(peer.endpoint());
        session.setSchedule(fastSchedule());
        session.setPassword(QStringLiteral("wrong"));
        session.start();
        QTRY_COMPARE(session.snapshot().state, ConnectionState::AuthenticationFailed);
        QVERIFY(session.snapshot().stateDetail.contains(QLatin1String("rejected the GUI RPC password")));
        QCOMPARE(peer.requests.value(QStringLiteral("get_cc_status")), 0);

        session.setPassword(QStringLiteral("right"));
        QTRY_COMPARE(session.snapshot().state, ConnectionState::Connected);
        QTRY_VERIFY(session.snapshot().haveResults);
    }

    void a_hanging_host_does_not_slow_another_session()
    {
        RecordedPeer hung;
        hung.silent = true;
        RecordedPeer fine;
        HostSession a(QStringLiteral("hung"));
        HostSession b(QStringLiteral("fine"));
        for (HostSession* s : {&a, &b}) {
            s->setSchedule(fastSchedule());
            s->setReplyTimeout(2000);
        }
        a.setEndpoint(hung.endpoint());
        b.setEndpoint(fine.endpoint());
        a.start();
        b.start();
        // While the hung host's first request is still waiting, the other host keeps its pace.
        QTRY_VERIFY_WITH_TIMEOUT(b.snapshot().rounds >= 5, 1800);
        QCOMPARE(a.snapshot().rounds, 0u);
        QCOMPARE(a.snapshot().state, ConnectionState::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(a.snapshot().state, ConnectionState::TimedOut, 3000);
    }

    void a_task_action_goes_through_the_client_and_results_are_read_again_at_once()
    {
        RecordedPeer peer;
        HostSession session(QStringLiteral("h"));
        session.setEndpoint(peer.endpoint());
        monitor::PollSchedule slow = fastSchedule();
        slow.resultsIntervalMs = 60000; // only the action may cause another get_results
        session.setSchedule(slow);
        session.start();
        QTRY_VERIFY(session.snapshot().haveResults);
        QTRY_COMPARE(peer.requests.value(QStringLiteral("get_results")), 1);
        std::optional<boinc::RpcError> done;
        session.resultOp(boinc::GuiRpcClient::ResultOp::Suspend, QStringLiteral("http://p/"),
                         QStringLiteral("task_1"), this, [&](const boinc::RpcError& e) { done = e; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->ok());
        QCOMPARE(peer.requests.value(QStringLiteral("suspend_result")), 1);
        QTRY_COMPARE(peer.requests.value(QStringLiteral("get_results")), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostSession)
#include "TestHostSession.moc"
